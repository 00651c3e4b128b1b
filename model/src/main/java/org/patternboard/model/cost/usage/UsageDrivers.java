package org.patternboard.model.cost.usage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The per-type usage drivers and their defaults, read from {@code patternboard/cost/usage-drivers.json}. */
public final class UsageDrivers {
    public static final String RESOURCE = "/patternboard/cost/usage-drivers.json";
    private static volatile UsageDrivers standard;

    private final Map<String, DriverSpec> common;
    private final Map<String, Map<String, DriverSpec>> byType;

    UsageDrivers(Map<String, DriverSpec> common, Map<String, Map<String, DriverSpec>> byType) {
        this.common = Collections.unmodifiableMap(common);
        this.byType = Collections.unmodifiableMap(byType);
    }

    public static UsageDrivers standard() {
        UsageDrivers d = standard;
        if (d == null) {
            try (InputStream in = UsageDrivers.class.getResourceAsStream(RESOURCE)) {
                d = read(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            standard = d;
        }
        return d;
    }

    static UsageDrivers read(JsonNode root) {
        Map<String, Map<String, DriverSpec>> types = new LinkedHashMap<>();
        root.path("types").fields().forEachRemaining(t -> types.put(t.getKey(), specs(t.getValue())));
        return new UsageDrivers(specs(root.path("common")), types);
    }

    private static Map<String, DriverSpec> specs(JsonNode node) {
        Map<String, DriverSpec> specs = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode s = e.getValue();
            List<Object> product = null;
            if (s.has("product")) {
                product = new ArrayList<>();
                for (JsonNode term : s.get("product")) {
                    product.add(term.isNumber() ? (Object) term.asDouble() : term.asText());
                }
            }
            Map<String, Double> map = new LinkedHashMap<>();
            s.path("map").fields().forEachRemaining(m -> map.put(m.getKey(), m.getValue().asDouble()));
            Object dflt = null;
            JsonNode d = s.get("default");
            if (d != null) {
                dflt = d.isNumber() ? (Object) d.asDouble() : d.isBoolean() ? (Object) d.asBoolean() : d.asText();
            }
            specs.put(e.getKey(), new DriverSpec(e.getKey(), product, s.path("property").asText(null), map,
                    s.has("else") ? s.get("else").asDouble() : null, s.path("count").asBoolean(false),
                    s.path("present").asBoolean(false), s.path("divide").asDouble(1), s.path("plus").asDouble(0), dflt,
                    s.path("unit").asText(null), s.path("description").asText(null)));
        }
        return specs;
    }

    /** The drivers of a type (without the common ones), in file order; empty for a type with none. */
    public Map<String, DriverSpec> of(String type) {
        return byType.getOrDefault(type, Map.of());
    }

    /** Drivers every type has (the payload size). */
    public Map<String, DriverSpec> common() {
        return common;
    }

    /** The driver spec for a name on a type, or null. */
    public DriverSpec spec(String type, String name) {
        DriverSpec s = of(type).get(name);
        return s != null ? s : common.get(name);
    }
}
