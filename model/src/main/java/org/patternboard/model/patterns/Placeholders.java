package org.patternboard.model.patterns;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Property values may name other elements of the design as {@code ${componentId}}, e.g. the tasks of a
 * Step Functions definition ({@code "FunctionName": "${reserve-hotel}"}); exporters replace them with the
 * element's ARN or name. When a block is copied with fresh ids, the references follow.
 */
final class Placeholders {
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z0-9_.:-]+)}");

    private Placeholders() {
    }

    /** Every element id referenced anywhere in the value. */
    static Set<String> references(Object value) {
        Set<String> ids = new TreeSet<>();
        walk(value, s -> {
            Matcher m = REFERENCE.matcher(s);
            while (m.find()) {
                ids.add(m.group(1));
            }
            return s;
        });
        return ids;
    }

    /** The value with references to ids in {@code mapping} rewritten; other text is left alone. */
    static Object rename(Object value, Map<String, String> mapping) {
        return walk(value, s -> {
            if (!s.contains("${")) {
                return s;
            }
            Matcher m = REFERENCE.matcher(s);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                String to = mapping.get(m.group(1));
                m.appendReplacement(sb, Matcher.quoteReplacement(to == null ? m.group() : "${" + to + "}"));
            }
            m.appendTail(sb);
            return sb.toString();
        });
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> renameAll(Map<String, Object> properties, Map<String, String> mapping) {
        return (Map<String, Object>) rename(properties, mapping);
    }

    private static Object walk(Object value, Function<String, String> onString) {
        if (value instanceof String s) {
            return onString.apply(s);
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), walk(v, onString)));
            return copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(v -> copy.add(walk(v, onString)));
            return copy;
        }
        return value;
    }
}
