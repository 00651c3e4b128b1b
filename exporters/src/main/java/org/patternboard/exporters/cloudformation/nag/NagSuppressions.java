package org.patternboard.exporters.cloudformation.nag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.template.Resource;

/**
 * Writes cdk-nag suppressions into a resource's {@code Metadata}, in the shape cdk-nag reads from a template
 * ({@code "cdk_nag": {"rules_to_suppress": [{"id", "reason", "applies_to"}]}}), so users who run cdk-nag on the
 * export get a clean report that says why. The one place that writes them: emitters and export passes ask it.
 *
 * <p>A reason is required and at least {@value #MIN_REASON} characters (cdk-nag refuses shorter ones). A
 * finding-level suppression ({@code applies_to}) is preferred wherever the rule reports findings, so one
 * explained wildcard does not hide another.
 */
public final class NagSuppressions {
    public static final String KEY = "cdk_nag";
    public static final String LIST = "rules_to_suppress";
    static final int MIN_REASON = 10;

    private NagSuppressions() {
    }

    /** Suppresses {@code rule} (e.g. {@code AwsSolutions-SQS3}) on the whole resource. */
    public static void add(Resource r, String rule, String reason) {
        add(r, rule, reason, null);
    }

    /**
     * Suppresses one finding of {@code rule}, e.g. {@code Resource::*} of {@code AwsSolutions-IAM5}; a null
     * {@code finding} suppresses the rule on the whole resource.
     */
    @SuppressWarnings("unchecked")
    public static void add(Resource r, String rule, String reason, String finding) {
        if (rule == null || !rule.matches("[A-Za-z0-9.]+-[A-Za-z0-9]+")) {
            throw new IllegalArgumentException("not a cdk-nag rule id: " + rule);
        }
        String text = reason == null ? "" : reason.strip().replace("${", "$ {");
        if (text.length() < MIN_REASON) {
            throw new IllegalArgumentException("a cdk-nag suppression of " + rule + " on " + r.logicalId()
                    + " needs a reason of " + MIN_REASON + " characters or more");
        }
        Object appliesToEntry = finding == null ? null : appliesTo(finding);
        Map<String, Object> nag = (Map<String, Object>) r.metadata().computeIfAbsent(KEY, k -> new LinkedHashMap<>());
        List<Object> entries = (List<Object>) nag.computeIfAbsent(LIST, k -> new ArrayList<>());
        for (Object o : entries) {
            Map<String, Object> e = (Map<String, Object>) o;
            if (!rule.equals(e.get("id"))) {
                continue;
            }
            List<Object> appliesTo = (List<Object>) e.get("applies_to");
            if (appliesTo == null) {
                return; // the whole rule is suppressed already
            }
            if (finding != null && text.equals(e.get("reason"))) {
                if (!appliesTo.contains(appliesToEntry)) {
                    appliesTo.add(appliesToEntry);
                }
                return;
            }
            if (finding != null && appliesTo.contains(appliesToEntry)) {
                return; // this finding is explained already
            }
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", rule);
        entry.put("reason", text);
        if (finding != null) {
            List<Object> appliesTo = new ArrayList<>();
            appliesTo.add(appliesToEntry);
            entry.put("applies_to", appliesTo);
        }
        entries.add(entry);
    }

    /**
     * The finding as cdk-nag matches it: the text itself, or, when it holds "${" (cdk-nag writes an unusual value
     * as JSON), a regular expression for exactly that text, because CloudFormation tools read "${" in any string
     * as a substitution.
     */
    static Object appliesTo(String finding) {
        if (!finding.contains("${")) {
            return finding;
        }
        StringBuilder regex = new StringBuilder("/^");
        for (char ch : finding.toCharArray()) {
            if ("\\^$.|?*+()[]{}/".indexOf(ch) >= 0) {
                regex.append('\\');
            }
            regex.append(ch);
        }
        return Map.of("regex", regex.append("$/").toString());
    }

    /** The suppressions written so far: (id, reason, applies_to or empty) per entry. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> of(Resource r) {
        Object nag = r.metadata().get(KEY);
        if (!(nag instanceof Map<?, ?> m) || !(m.get(LIST) instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(o -> (Map<String, Object>) o).toList();
    }
}
