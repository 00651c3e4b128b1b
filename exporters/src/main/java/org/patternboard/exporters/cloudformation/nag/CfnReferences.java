package org.patternboard.exporters.cloudformation.nag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * A template value as cdk-nag names it in a finding ({@code flattenCfnReference}): strings with {@code ${X}}
 * written {@code <X>}, {@code Ref} as {@code <X>}, {@code GetAtt} as {@code <X.Attr>}, {@code Join} joined,
 * and anything else as compact JSON. A suppression's {@code applies_to} must match that text exactly.
 */
final class CfnReferences {
    private static final ObjectMapper JSON = new ObjectMapper();

    private CfnReferences() {
    }

    static String flatten(Object node) {
        if (node == null) {
            return "";
        }
        if (node instanceof String s) {
            return s.replace("${", "<").replace("}", ">");
        }
        if (node instanceof Map<?, ?> m) {
            if (m.get("Fn::Join") instanceof List<?> join && join.size() == 2 && join.get(1) instanceof List<?> items) {
                StringBuilder out = new StringBuilder();
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        out.append(join.get(0));
                    }
                    out.append(flatten(items.get(i)));
                }
                return out.toString();
            }
            if (m.containsKey("Fn::Sub")) {
                return flatten(m.get("Fn::Sub"));
            }
            if (m.get("Fn::GetAtt") instanceof List<?> att && att.size() == 2) {
                return "<" + flatten(att.get(0)) + "." + flatten(att.get(1)) + ">";
            }
            if (m.containsKey("Fn::ImportValue")) {
                return flatten(m.get("Fn::ImportValue"));
            }
            if (m.containsKey("Ref")) {
                return "<" + flatten(m.get("Ref")) + ">";
            }
        }
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The text a reader sees in the template, for matching against documented patterns: like {@link #flatten}
     * but an {@code Fn::Sub} with variables gives its template string.
     */
    static String text(Object node) {
        if (node instanceof Map<?, ?> m && m.get("Fn::Sub") instanceof List<?> sub && !sub.isEmpty()) {
            return flatten(sub.get(0));
        }
        return flatten(node);
    }
}
