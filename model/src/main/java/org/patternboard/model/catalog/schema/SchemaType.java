package org.patternboard.model.catalog.schema;

import java.util.Locale;

/** The value type of a CloudFormation property; {@link #JSON} is a free-form map or a value of mixed types. */
public enum SchemaType {
    STRING, INTEGER, NUMBER, BOOLEAN, ARRAY, OBJECT, JSON;

    /** The name used in cfn-schemas.json ({@code "integer"}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SchemaType fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
