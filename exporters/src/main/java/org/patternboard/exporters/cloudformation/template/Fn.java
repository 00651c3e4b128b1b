package org.patternboard.exporters.cloudformation.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CloudFormation intrinsic functions as template-tree values (single-entry maps), plus the ordered-map
 * helper the emitters build properties with. Long form only, so JSON and YAML are the same tree.
 */
public final class Fn {
    private Fn() {
    }

    public static Map<String, Object> ref(String logicalId) {
        return Map.of("Ref", logicalId);
    }

    public static Map<String, Object> getAtt(String logicalId, String attribute) {
        return Map.of("Fn::GetAtt", List.of(logicalId, attribute));
    }

    /** {@code Fn::Sub} with a string that must contain at least one {@code ${...}} (else cfn-lint W1020). */
    public static Map<String, Object> sub(String template) {
        if (!template.contains("${")) {
            throw new IllegalArgumentException("Fn::Sub without variables: " + template);
        }
        return Map.of("Fn::Sub", template);
    }

    public static Map<String, Object> sub(String template, Map<String, Object> variables) {
        return Map.of("Fn::Sub", List.of(template, variables));
    }

    public static Map<String, Object> join(String delimiter, List<?> parts) {
        return Map.of("Fn::Join", List.of(delimiter, parts));
    }

    /**
     * Concatenation as {@code Fn::Sub} (cfn-lint prefers it to a Join with an empty delimiter): literal text is
     * escaped, Ref and GetAtt become {@code ${X}} and {@code ${X.Attr}}, anything else a Sub variable.
     * Only literals: a plain string.
     */
    public static Object concat(Object... parts) {
        StringBuilder text = new StringBuilder();
        Map<String, Object> variables = new LinkedHashMap<>();
        for (Object part : parts) {
            if (part instanceof String s) {
                text.append(s.replace("${", "${!"));
            } else if (part instanceof Map<?, ?> m && m.size() == 1 && m.get("Ref") instanceof String ref) {
                text.append("${").append(ref).append('}');
            } else if (part instanceof Map<?, ?> m && m.size() == 1 && m.get("Fn::GetAtt") instanceof List<?> att
                    && att.size() == 2 && att.get(1) instanceof String) {
                text.append("${").append(att.get(0)).append('.').append(att.get(1)).append('}');
            } else {
                String name = "P" + variables.size();
                variables.put(name, part);
                text.append("${").append(name).append('}');
            }
        }
        String t = text.toString();
        if (!t.contains("${") || t.replace("${!", "").indexOf("${") < 0) {
            return t.replace("${!", "${");
        }
        return variables.isEmpty() ? Map.of("Fn::Sub", t) : sub(t, variables);
    }

    /** {@code Fn::Join} over a list-valued expression (e.g. a GetAtt that returns a list). */
    public static Map<String, Object> joinList(String delimiter, Object listExpression) {
        return Map.of("Fn::Join", List.of(delimiter, listExpression));
    }

    public static Map<String, Object> select(int index, Object list) {
        return Map.of("Fn::Select", List.of(index, list));
    }

    public static Map<String, Object> getAZs() {
        return Map.of("Fn::GetAZs", "");
    }

    public static Map<String, Object> split(String delimiter, Object source) {
        return Map.of("Fn::Split", List.of(delimiter, source));
    }

    public static Map<String, Object> stackName() {
        return ref("AWS::StackName");
    }

    public static Map<String, Object> region() {
        return ref("AWS::Region");
    }

    public static Map<String, Object> accountId() {
        return ref("AWS::AccountId");
    }

    public static Map<String, Object> partition() {
        return ref("AWS::Partition");
    }

    /** An ordered map from alternating keys and values; null values are left out. */
    public static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of arguments");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                m.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return m;
    }

    public static List<Object> list(Object... items) {
        return new ArrayList<>(Arrays.asList(items));
    }
}
