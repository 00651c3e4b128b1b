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
 * too, but cfn-lint flags a Sub without variables). Resource Metadata holds the design's ids, which are
 * user text as well ({@link #plain} reads them back). An output's Description must stay a string, so there
 * "${" becomes "$ {" as in the template's Description. State machine definitions are left alone: their
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
            r.metadata().replaceAll((k, v) -> protect(v));
        }
        for (Map<String, Object> output : template.outputs().values()) {
            output.replaceAll((k, v) -> "Description".equals(k) && v instanceof String s ? s.replace("${", "$ {") : protect(v));
        }
    }

    /** The text a protected value stands for: the string itself, or the parts of its Fn::Join; else null. */
    public static String plain(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Map<?, ?> m && m.size() == 1 && m.get("Fn::Join") instanceof List<?> join
                && join.size() == 2 && "".equals(join.get(0)) && join.get(1) instanceof List<?> parts) {
            StringBuilder out = new StringBuilder();
            for (Object part : parts) {
                if (!(part instanceof String p)) {
                    return null;
                }
                out.append(p);
            }
            return out.toString();
        }
        return null;
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
