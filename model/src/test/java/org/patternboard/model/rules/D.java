package org.patternboard.model.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Suppression;

/**
 * A terse, mutable design builder for rule tests: {@code D.of().add("q", QUEUE).add("fn", LAMBDA, "timeout", 10)
 * .connect("c1", "q", "triggers", "fn")}. Component names equal their ids, so expected messages read naturally.
 */
final class D {
    private final Map<String, Component> components = new TreeMap<>();
    private final Map<String, Connection> connections = new TreeMap<>();
    private final List<Suppression> suppressions = new ArrayList<>();

    static D of() {
        return new D();
    }

    D copy() {
        D d = new D();
        d.components.putAll(components);
        d.connections.putAll(connections);
        d.suppressions.addAll(suppressions);
        return d;
    }

    D add(String id, String type, Object... props) {
        components.put(id, new Component(id, type, id, components.size() * 200.0, 0, null, null, null, pairs(props),
                Map.of()));
        return this;
    }

    /** Sets (value) or removes (null) properties of a component. */
    D set(String id, Object... props) {
        Component c = require(id);
        Map<String, Object> p = pairs(props);
        for (Map.Entry<String, Object> e : p.entrySet()) {
            c = c.withProperty(e.getKey(), e.getValue());
        }
        components.put(id, c);
        return this;
    }

    D unset(String id, String property) {
        components.put(id, require(id).withProperty(property, null));
        return this;
    }

    D connect(String id, String from, String kind, String to, Object... props) {
        connections.put(id, new Connection(id, from, to, ConnectionKind.fromId(kind), pairs(props), Map.of()));
        return this;
    }

    D setOn(String connectionId, Object... props) {
        Connection c = connections.get(connectionId);
        if (c == null) {
            throw new IllegalArgumentException("no connection " + connectionId);
        }
        for (Map.Entry<String, Object> e : pairs(props).entrySet()) {
            c = c.withProperty(e.getKey(), e.getValue());
        }
        connections.put(connectionId, c);
        return this;
    }

    D remove(String id) {
        if (components.remove(id) != null) {
            connections.values().removeIf(c -> c.touches(id));
        } else if (connections.remove(id) == null) {
            throw new IllegalArgumentException("nothing to remove: " + id);
        }
        return this;
    }

    D suppress(String rule, String target, String reason) {
        suppressions.add(new Suppression(rule, target, reason));
        return this;
    }

    Architecture build() {
        return Architecture.of("Test", "", components.values(), connections.values(), List.of(), List.of(), suppressions,
                Map.of());
    }

    private Component require(String id) {
        Component c = components.get(id);
        if (c == null) {
            throw new IllegalArgumentException("no component " + id);
        }
        return c;
    }

    private static Map<String, Object> pairs(Object... kv) {
        if (kv.length % 2 != 0) {
            throw new IllegalArgumentException("properties come in key, value pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
