package org.patternboard.exporters.cloudformation.nag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.exporters.cloudformation.iam.WildcardResources;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.exporters.cloudformation.template.Template;

/**
 * Explains every wildcard resource of every role and policy to cdk-nag (its AwsSolutions-IAM5 finding), with
 * the reason {@code wildcard-resources.json} gives: for {@code "*"} the reason of each action, for an ARN that
 * ends in a wildcard within one resource the matching partial-wildcard reason. A wildcard without a documented
 * reason is refused, so the export never grants one that nobody has explained.
 */
public final class IamWildcardFindings {
    static final String RULE = "AwsSolutions-IAM5";

    private IamWildcardFindings() {
    }

    public static void explain(Template template, WildcardResources wildcards) {
        for (Resource r : template.resources().values()) {
            for (Object document : documents(r)) {
                for (Object statement : list(((Map<?, ?>) document).get("Statement"))) {
                    explain(r, (Map<?, ?>) statement, wildcards);
                }
            }
        }
    }

    private static void explain(Resource r, Map<?, ?> statement, WildcardResources wildcards) {
        if (!"Allow".equals(statement.get("Effect"))) {
            return; // cdk-nag does not report denies
        }
        List<String> actions = new ArrayList<>();
        list(statement.get("Action")).forEach(a -> actions.add(String.valueOf(a)));
        for (Object resource : list(statement.get("Resource"))) {
            String finding = CfnReferences.flatten(resource);
            if (!finding.contains("*")) {
                continue;
            }
            String reason = "*".equals(finding) ? actionReasons(r, actions, wildcards)
                    : wildcards.partialReason(CfnReferences.text(resource), actions).orElseThrow(() ->
                            new IllegalStateException(r.logicalId() + ": resource " + finding + " of " + actions
                                    + " has a wildcard that wildcard-resources.json does not explain"));
            NagSuppressions.add(r, RULE, reason, "Resource::" + finding);
        }
    }

    private static String actionReasons(Resource r, List<String> actions, WildcardResources wildcards) {
        Set<String> reasons = new LinkedHashSet<>();
        for (String action : actions) {
            reasons.add(wildcards.reason(action).orElseThrow(() -> new IllegalStateException(r.logicalId()
                    + ": action " + action + " on resource * is not listed in wildcard-resources.json")));
        }
        return String.join(" ", reasons);
    }

    private static List<Object> documents(Resource r) {
        List<Object> docs = new ArrayList<>();
        switch (r.type()) {
            case "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group" -> {
                for (Object p : list(r.get("Policies"))) {
                    if (p instanceof Map<?, ?> m && m.get("PolicyDocument") instanceof Map<?, ?> d) {
                        docs.add(d);
                    }
                }
            }
            case "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy" -> {
                if (r.get("PolicyDocument") instanceof Map<?, ?> d) {
                    docs.add(d);
                }
            }
            default -> {
            }
        }
        return docs;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : value instanceof List<?> l ? l : List.of(value);
    }
}
