package org.patternboard.model.cost;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.io.DesignReader;

/** Designs the cost tests share. */
public final class CostFixtures {
    public static final String BIG_FAN = "patternboard/samples/the-big-fan.pboard.json";

    private CostFixtures() {
    }

    public static Architecture resource(String path) throws Exception {
        try (InputStream in = CostFixtures.class.getClassLoader().getResourceAsStream(path)) {
            return new DesignReader().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), path);
        }
    }

    public static Architecture bigFan() throws Exception {
        return resource(BIG_FAN);
    }

    public static Component comp(String id, String type, Map<String, Object> properties) {
        return new Component(id, type, id, 0, 0, null, null, null, properties, Map.of());
    }

    public static Component comp(String id, String type, Map<String, Object> properties, Map<String, Object> usage) {
        return new Component(id, type, id, 0, 0, null, null, null, properties, Map.of("usage", usage));
    }

    public static Connection conn(String id, String from, ConnectionKind kind, String to) {
        return new Connection(id, from, to, kind, Map.of(), Map.of());
    }

    public static Architecture design(java.util.List<Component> components, java.util.List<Connection> connections) {
        return Architecture.of("test", "", components, connections, java.util.List.of(), java.util.List.of(),
                java.util.List.of(), Map.of());
    }
}
