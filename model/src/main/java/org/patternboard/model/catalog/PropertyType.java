package org.patternboard.model.catalog;

import java.util.Locale;

/** The value kinds a {@link PropertySpec} can hold. */
public enum PropertyType {
    STRING, INT, BOOL, ENUM, DURATION, SIZE, LIST, MAP, JSON;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PropertyType fromId(String id) {
        for (PropertyType t : values()) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown property type '" + id + "'");
    }

    /** Types whose values are whole numbers. */
    public boolean isNumeric() {
        return this == INT || this == DURATION || this == SIZE;
    }
}
