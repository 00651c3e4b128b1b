package org.patternboard.exporters.cloudformation.roundtrip;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SAM's {@code Globals}: the properties each serverless resource inherits. The importer reads a resource's
 * effective properties (globals under its own) but keeps the resource as written, so a save never copies a
 * global into a resource.
 */
public final class SamGlobals {
    private static final Map<String, String> SECTIONS = Map.of(
            "AWS::Serverless::Function", "Function",
            "AWS::Serverless::Api", "Api",
            "AWS::Serverless::HttpApi", "HttpApi",
            "AWS::Serverless::SimpleTable", "SimpleTable",
            "AWS::Serverless::StateMachine", "StateMachine",
            "AWS::Serverless::LayerVersion", "LayerVersion");

    private final Map<String, Object> globals;

    @SuppressWarnings("unchecked")
    public SamGlobals(Object globals) {
        this.globals = globals instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** The properties a resource of this type has once its globals apply. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> effective(String type, Map<String, Object> properties) {
        String section = SECTIONS.get(type);
        Object g = section == null ? null : globals.get(section);
        if (!(g instanceof Map<?, ?> gm) || gm.isEmpty()) {
            return properties;
        }
        return merge((Map<String, Object>) gm, properties);
    }

    /** Maps merge key by key, the resource's value winning; anything else is the resource's. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> over) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        over.forEach((k, v) -> {
            Object b = out.get(k);
            boolean plainMaps = b instanceof Map<?, ?> bm && v instanceof Map<?, ?> vm && !isIntrinsic(bm) && !isIntrinsic(vm);
            out.put(k, plainMaps ? merge((Map<String, Object>) b, (Map<String, Object>) v) : v);
        });
        return out;
    }

    private static boolean isIntrinsic(Map<?, ?> m) {
        if (m.size() != 1) {
            return false;
        }
        String k = String.valueOf(m.keySet().iterator().next());
        return k.equals("Ref") || k.equals("Condition") || k.startsWith("Fn::");
    }
}
