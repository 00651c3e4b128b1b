package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.Literals;

/**
 * SNS filter policies as the CDK's typed {@code SubscriptionFilter}s where they fit: lists of strings
 * (allow list), {@code anything-but} strings (deny list), {@code prefix}, lists of numbers and
 * {@code exists}. Anything else is written to the subscription as is, by the caller.
 */
final class FilterPolicies {
    static final ClassName SUBSCRIPTION_FILTER = Cdk.of("sns", "SubscriptionFilter");
    static final ClassName STRING_CONDITIONS = Cdk.of("sns", "StringConditions");
    static final ClassName NUMERIC_CONDITIONS = Cdk.of("sns", "NumericConditions");

    private FilterPolicies() {
    }

    static Optional<CodeBlock> typed(Map<?, ?> policy) {
        List<CodeBlock> entries = new ArrayList<>();
        if (policy.size() > 10) {
            return Optional.empty();
        }
        for (Map.Entry<?, ?> e : policy.entrySet()) {
            if (!(e.getValue() instanceof List<?> values) || values.isEmpty()) {
                return Optional.empty();
            }
            Optional<CodeBlock> filter = filter(values);
            if (filter.isEmpty()) {
                return Optional.empty();
            }
            entries.add(CodeBlock.of("$S, $L", String.valueOf(e.getKey()), filter.get()));
        }
        return Optional.of(CodeBlock.of("$T.of($>\n$L)$<", Map.class, CodeBlock.join(entries, ",\n")));
    }

    private static Optional<CodeBlock> filter(List<?> values) {
        List<String> allow = new ArrayList<>();
        List<String> deny = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        List<Object> numbers = new ArrayList<>();
        Boolean exists = null;
        for (Object v : values) {
            if (v instanceof String s) {
                allow.add(s);
            } else if (v instanceof Long || v instanceof Double) {
                numbers.add(v);
            } else if (v instanceof Map<?, ?> m && m.size() == 1) {
                Object op = m.keySet().iterator().next();
                Object arg = m.values().iterator().next();
                if ("anything-but".equals(op) && arg instanceof String s) {
                    deny.add(s);
                } else if ("anything-but".equals(op) && arg instanceof List<?> l && l.stream().allMatch(x -> x instanceof String)) {
                    l.forEach(x -> deny.add((String) x));
                } else if ("prefix".equals(op) && arg instanceof String s) {
                    prefixes.add(s);
                } else if ("exists".equals(op) && arg instanceof Boolean b) {
                    exists = b;
                } else {
                    return Optional.empty();
                }
            } else {
                return Optional.empty();
            }
        }
        int kinds = (allow.isEmpty() && deny.isEmpty() && prefixes.isEmpty() ? 0 : 1) + (numbers.isEmpty() ? 0 : 1)
                + (exists == null ? 0 : 1);
        if (kinds != 1) {
            return Optional.empty();
        }
        if (exists != null) {
            return exists ? Optional.of(CodeBlock.of("$T.existsFilter()", SUBSCRIPTION_FILTER)) : Optional.empty();
        }
        if (!numbers.isEmpty()) {
            return Optional.of(CodeBlock.of("$T.numericFilter($L)", SUBSCRIPTION_FILTER,
                    Call.struct(NUMERIC_CONDITIONS).set("allowlist", Literals.list(numbers)).build()));
        }
        Call c = Call.struct(STRING_CONDITIONS);
        if (!allow.isEmpty()) {
            c.set("allowlist", Literals.strings(allow));
        }
        if (!deny.isEmpty()) {
            c.set("denylist", Literals.strings(deny));
        }
        if (!prefixes.isEmpty()) {
            c.set("matchPrefixes", Literals.strings(prefixes));
        }
        return Optional.of(CodeBlock.of("$T.stringFilter($L)", SUBSCRIPTION_FILTER, c.build()));
    }
}
