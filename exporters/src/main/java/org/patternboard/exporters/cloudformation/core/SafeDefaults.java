package org.patternboard.exporters.cloudformation.core;

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
 * The Well-Architected values used for properties a design leaves unset where the AWS default is not safe
 * (tracing off, logs kept forever, storage unencrypted...). Data in
 * {@code patternboard/cloudformation/safe-defaults.json}, each with its reason.
 */
public final class SafeDefaults {
    static final String RESOURCE = "patternboard/cloudformation/safe-defaults.json";
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
                    standard = load();
                }
                s = standard;
            }
        }
        return s;
    }

    /** type id → property id → entry, in file order. */
    public Map<String, Map<String, Entry>> all() {
        return byType;
    }

    public Map<String, Entry> forType(String typeId) {
        return byType.getOrDefault(typeId, Map.of());
    }

    private static SafeDefaults load() {
        try (InputStream in = SafeDefaults.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            ObjectMapper mapper = new ObjectMapper();
            JsonNode root = mapper.readTree(in);
            Map<String, Map<String, Entry>> byType = new LinkedHashMap<>();
            root.path("defaults").fields().forEachRemaining(t -> {
                Map<String, Entry> props = new LinkedHashMap<>();
                t.getValue().fields().forEachRemaining(p -> props.put(p.getKey(), new Entry(
                        Values.freeze(mapper.convertValue(p.getValue().get("value"), Object.class)),
                        p.getValue().path("why").asText())));
                byType.put(t.getKey(), Collections.unmodifiableMap(props));
            });
            return new SafeDefaults(Collections.unmodifiableMap(byType));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
