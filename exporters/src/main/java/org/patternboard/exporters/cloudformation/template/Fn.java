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

    public static Map<String, Object> select(int index, Object list) {
        return Map.of("Fn::Select", List.of(index, list));
    }

    public static Map<String, Object> getAZs() {
        return Map.of("Fn::GetAZs", "");
    }

    public static Map<String, Object> split(String delimiter, Object source) {
        return Map.of("Fn::Split", List.of(delimiter, source));
    }

    /** {@code Fn::ToJsonString}: needs the {@code AWS::LanguageExtensions} transform; not used. */
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
