package org.patternboard.exporters.cloudformation.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.exporters.cloudformation.template.Template;

/**
 * Text from the design (names, paths, filter values, environment values) may contain "${". CloudFormation
 * would read that as a reference, so every plain string with "${" in resource properties and outputs
 * becomes an Fn::Join that splits every "${" between "$" and "{" (an Fn::Sub with "${!" would render it
 * too, but cfn-lint flags a Sub without variables). State machine definitions are left alone: their
 * "${...}" are DefinitionSubstitutions.
 */
public final class LiteralText {
    private LiteralText() {
    }

    public static void protect(Template template) {
        for (Resource r : template.resources().values()) {
            for (Map.Entry<String, Object> e : r.properties().entrySet()) {
                if ("AWS::StepFunctions::StateMachine".equals(r.type()) && "Definition".equals(e.getKey())) {
                    continue;
                }
                e.setValue(protect(e.getValue()));
            }
        }
        for (Map<String, Object> output : template.outputs().values()) {
            output.replaceAll((k, v) -> protect(v));
        }
    }

    @SuppressWarnings("unchecked")
    static Object protect(Object value) {
        if (value instanceof String s) {
            if (!s.contains("${")) {
                return s;
            }
            List<Object> parts = new ArrayList<>();
            int from = 0;
            for (int i = s.indexOf("${"); i >= 0; i = s.indexOf("${", i + 1)) {
                parts.add(s.substring(from, i + 1));
                from = i + 1;
            }
            parts.add(s.substring(from));
            return Map.of("Fn::Join", List.of("", parts));
        }
        if (value instanceof Map<?, ?> m) {
            if (m.size() == 1 && m.containsKey("Fn::Sub")) {
                return value; // already a template; its variables map holds intrinsics only
            }
            if (value instanceof java.util.LinkedHashMap<?, ?> || value instanceof java.util.HashMap<?, ?>) {
                ((Map<String, Object>) m).replaceAll((k, v) -> protect(v));
                return m;
            }
            java.util.Map<String, Object> copy = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> copy.put(String.valueOf(k), protect(v)));
            return value instanceof java.util.SortedMap<?, ?> ? new java.util.TreeMap<>(copy) : copy;
        }
        if (value instanceof List<?> l) {
            List<Object> copy = new ArrayList<>(l.size());
            l.forEach(v -> copy.add(protect(v)));
            return copy;
        }
        return value;
    }
}
