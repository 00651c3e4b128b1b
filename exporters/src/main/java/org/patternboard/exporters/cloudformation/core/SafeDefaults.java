package org.patternboard.exporters.cloudformation.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.PropertySpec;

/**
 * The Well-Architected values used for properties a design leaves unset where the AWS default is not safe
 * (tracing off, logs kept forever, storage unencrypted...): a view of the catalog's {@code patternboardDefault}
 * entries, which are the only copy, so the inspector, the rules and both exports read the same data.
 */
public final class SafeDefaults {
    private static volatile SafeDefaults standard;

    /** One overridden default. */
    public record Entry(Object value, String why) {
    }

    private final Map<String, Map<String, Entry>> byType;

    private SafeDefaults(Map<String, Map<String, Entry>> byType) {
        this.byType = byType;
    }

    public static SafeDefaults standard() {
        SafeDefaults s = standard;
        if (s == null) {
            synchronized (SafeDefaults.class) {
                if (standard == null) {
                    standard = of(Catalog.standard());
                }
                s = standard;
            }
        }
        return s;
    }

    /** The Patternboard defaults of a catalog, by type and property in catalog order. */
    public static SafeDefaults of(Catalog catalog) {
        Map<String, Map<String, Entry>> byType = new LinkedHashMap<>();
        for (ComponentType t : catalog.types()) {
            Map<String, Entry> props = new LinkedHashMap<>();
            for (PropertySpec p : t.properties()) {
                if (p.patternboardDefault() != null) {
                    props.put(p.id(), new Entry(p.patternboardDefault().value(), p.patternboardDefault().why()));
                }
            }
            if (!props.isEmpty()) {
                byType.put(t.id(), Collections.unmodifiableMap(props));
            }
        }
        return new SafeDefaults(Collections.unmodifiableMap(byType));
    }

    /** type id → property id → entry. */
    public Map<String, Map<String, Entry>> all() {
        return byType;
    }

    public Map<String, Entry> forType(String typeId) {
        return byType.getOrDefault(typeId, Map.of());
    }
}
