package org.patternboard.model.cost;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Property values as deployed: the design's value, else the catalog's effective default (Patternboard's where the
 * catalog has one, else AWS's), which is what the rules judge and the exports write, so the estimate prices the
 * same thing.
 */
public final class CatalogValues {
    private final Catalog catalog;
    private final Map<String, Map<String, PropertySpec>> byType = new HashMap<>();
    private final Map<Triple, Map<String, PropertySpec>> byConnection = new ConcurrentHashMap<>();

    /** A (from, kind, to) key hashed from the strings' cached hashes: no key string is built per lookup. */
    private record Triple(String from, ConnectionKind kind, String to) {
    }

    public CatalogValues(Catalog catalog) {
        this.catalog = catalog;
        for (ComponentType t : catalog.types()) {
            Map<String, PropertySpec> specs = new HashMap<>();
            t.properties().forEach(p -> specs.put(p.id(), p));
            byType.put(t.id(), specs);
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    public Object component(Component c, String property) {
        Object v = c.property(property);
        if (v != null) {
            return v;
        }
        Map<String, PropertySpec> specs = byType.get(c.type());
        PropertySpec spec = specs == null ? null : specs.get(property);
        return spec == null ? null : spec.effectiveDefault();
    }

    public Object connection(Connection c, String fromType, String toType, String property) {
        Object v = c.property(property);
        if (v != null) {
            return v;
        }
        Map<String, PropertySpec> specs = byConnection.computeIfAbsent(new Triple(fromType, c.kind(), toType),
                k -> connectionSpecs(fromType, c.kind(), toType));
        PropertySpec spec = specs.get(property);
        return spec == null ? null : spec.effectiveDefault();
    }

    private Map<String, PropertySpec> connectionSpecs(String fromType, ConnectionKind kind, String toType) {
        Map<String, PropertySpec> m = new HashMap<>();
        catalog.connectionProperties(fromType, kind, toType).forEach(p -> m.put(p.id(), p));
        return m;
    }
}
