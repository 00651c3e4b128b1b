package org.patternboard.exporters.cloudformation.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** CloudFormation's YAML short-form tags and the long form each stands for. */
final class ShortForms {
    private static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("!Ref", "Ref");
        TAGS.put("!Condition", "Condition");
        for (String fn : List.of("Base64", "Cidr", "FindInMap", "GetAtt", "GetAZs", "ImportValue", "Join", "Select",
                "Split", "Sub", "Transform", "And", "Equals", "If", "Not", "Or", "Contains", "EachMemberEquals",
                "EachMemberIn", "RefAll", "ValueOf", "ValueOfAll", "Length", "ToJsonString", "ForEach")) {
            TAGS.put("!" + fn, "Fn::" + fn);
        }
    }

    private ShortForms() {
    }

    /** The long-form key of a short-form tag, e.g. {@code !Sub} → {@code Fn::Sub}; empty for other tags. */
    static Optional<String> longForm(String tag) {
        return Optional.ofNullable(TAGS.get(tag));
    }

    /** The short-form tag of a long-form key, e.g. {@code Fn::Sub} → {@code !Sub}. */
    static Optional<String> shortForm(String key) {
        for (Map.Entry<String, String> e : TAGS.entrySet()) {
            if (e.getValue().equals(key)) {
                return Optional.of(e.getKey());
            }
        }
        return Optional.empty();
    }

    /** The long-form value of a tagged node: {@code !GetAtt A.B} splits at the first dot, the rest wrap as they are. */
    static Map<String, Object> wrap(String key, Object value, boolean scalar) {
        Object v = value;
        if (key.equals("Fn::GetAtt") && scalar && value instanceof String s) {
            int dot = s.indexOf('.');
            List<Object> parts = new ArrayList<>();
            parts.add(dot < 0 ? s : s.substring(0, dot));
            if (dot >= 0) {
                parts.add(s.substring(dot + 1));
            }
            v = parts;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, v);
        return m;
    }
}
