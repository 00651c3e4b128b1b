package org.patternboard.model.design;

import java.util.Map;
import java.util.Objects;
import org.patternboard.model.catalog.ConnectionKind;

/** A directed, typed link between two components. */
public record Connection(
        String id,
        String from,
        String to,
        ConnectionKind kind,
        Map<String, Object> properties,
        Map<String, Object> extra) {

    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        properties = Values.freezeMap(properties);
        extra = Values.freezeMap(extra);
    }

    public static Connection of(String id, String from, String to, ConnectionKind kind) {
        return new Connection(id, from, to, kind, Map.of(), Map.of());
    }

    public Object property(String key) {
        return properties.get(key);
    }

    public boolean touches(String componentId) {
        return from.equals(componentId) || to.equals(componentId);
    }

    public Connection withKind(ConnectionKind newKind) {
        return new Connection(id, from, to, newKind, properties, extra);
    }

    public Connection withId(String newId) {
        return new Connection(newId, from, to, kind, properties, extra);
    }

    public Connection withEnds(String newFrom, String newTo) {
        return new Connection(id, newFrom, newTo, kind, properties, extra);
    }

    public Connection withProperty(String key, Object value) {
        return new Connection(id, from, to, kind, Values.with(properties, key, value), extra);
    }

    /** A copy with other extra fields (fields this version does not model, and the cost {@code usage} object). */
    public Connection withExtra(Map<String, Object> newExtra) {
        return new Connection(id, from, to, kind, properties, newExtra);
    }
}
