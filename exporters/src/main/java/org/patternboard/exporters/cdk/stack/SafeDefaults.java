package org.patternboard.exporters.cdk.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.patternboard.model.design.Values;

/**
 * The Well-Architected values for properties a design leaves unset (tracing on, log retention, encryption,
 * on-demand tables...). Read from the CloudFormation exporter's data file, so both exports apply the same
 * defaults by construction.
 */
public final class SafeDefaults {
    static final String RESOURCE = "patternboard/cloudformation/safe-defaults.json";
    private static volatile Map<String, Map<String, Object>> standard;

    private SafeDefaults() {
    }

    /** Property id → value for one component type. */
    public static Map<String, Object> forType(String typeId) {
        return all().getOrDefault(typeId, Map.of());
    }

    static Map<String, Map<String, Object>> all() {
        Map<String, Map<String, Object>> s = standard;
        if (s == null) {
            synchronized (SafeDefaults.class) {
                if (standard == null) {
                    standard = load();
                }
                s = standard;
            }
        }
        return s;
    }

    private static Map<String, Map<String, Object>> load() {
        try (InputStream in = SafeDefaults.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            ObjectMapper mapper = new ObjectMapper();
            Map<String, Map<String, Object>> byType = new LinkedHashMap<>();
            mapper.readTree(in).path("defaults").fields().forEachRemaining(t -> {
                Map<String, Object> props = new LinkedHashMap<>();
                t.getValue().fields().forEachRemaining(p -> {
                    JsonNode v = p.getValue().get("value");
                    props.put(p.getKey(), Values.freeze(mapper.convertValue(v, Object.class)));
                });
                byType.put(t.getKey(), Collections.unmodifiableMap(props));
            });
            return Collections.unmodifiableMap(byType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
