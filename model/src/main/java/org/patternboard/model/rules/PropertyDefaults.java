package org.patternboard.model.rules;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.catalog.PropertySpec;

/** The catalog's property specs by (type, property) and (from, kind, to, property), looked up without lists. */
final class PropertyDefaults {
    private final Catalog catalog;
    private final Map<String, Map<String, PropertySpec>> byType = new HashMap<>();
    private final Map<Triple, Map<String, PropertySpec>> byConnection = new ConcurrentHashMap<>();

    /** A (from, kind, to) key whose hash comes from the strings' cached hashes: no key string is built per lookup. */
    private record Triple(String from, ConnectionKind kind, String to) {
    }

    PropertyDefaults(Catalog catalog) {
        this.catalog = catalog;
        for (ComponentType t : catalog.types()) {
            Map<String, PropertySpec> specs = new HashMap<>();
            t.properties().forEach(p -> specs.put(p.id(), p));
            byType.put(t.id(), specs);
        }
    }

    PropertySpec component(String type, String property) {
        Map<String, PropertySpec> specs = byType.get(type);
        return specs == null ? null : specs.get(property);
    }

    PropertySpec connection(String fromType, ConnectionKind kind, String toType, String property) {
        Map<String, PropertySpec> specs = byConnection.computeIfAbsent(new Triple(fromType, kind, toType), k -> {
            Map<String, PropertySpec> m = new HashMap<>();
            catalog.connectionProperties(fromType, kind, toType).forEach(p -> m.put(p.id(), p));
            return m;
        });
        return specs.get(property);
    }

    static Setting setting(String property, Object value, PropertySpec spec) {
        if (value != null) {
            return new Setting(property, value, true, spec == null ? null : spec.unit(), true);
        }
        if (spec == null) {
            return new Setting(property, null, false, null, true);
        }
        // the effective default is what both exports write, so the rules judge what will be deployed
        boolean aws = spec.defaultSource() == PropertySpec.DefaultSource.AWS
                && !spec.description().contains("AWS sets no default");
        return new Setting(property, spec.effectiveDefault(), false, spec.unit(), aws);
    }
}
