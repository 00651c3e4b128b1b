package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.ResourcePolicies;
import org.patternboard.exporters.cloudformation.iam.Iam;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.LogicalIds;
import org.patternboard.model.design.Component;

/** Resource-policy statements for AWS services, each limited to the one source resource (aws:SourceArn). */
final class ResourcePolicyDocuments {
    private ResourcePolicyDocuments() {
    }

    static List<Object> statements(ExportContext ctx, Component target) {
        List<Object> statements = new ArrayList<>();
        for (ResourcePolicies.ServiceStatement s : ctx.resourcePolicies().of(target)) {
            Component source = s.source();
            String sid = LogicalIds.sanitize(s.service().replace(".amazonaws.com", ""), "Service") + "From" + ctx.id(source);
            Map<String, Object> st = Fn.map(
                    "Sid", unique(statements, sid),
                    "Effect", "Allow",
                    "Principal", Fn.map("Service", s.service()),
                    "Action", s.actions().size() == 1 ? s.actions().get(0) : s.actions(),
                    "Resource", s.resources().size() == 1 ? s.resources().get(0) : s.resources(),
                    "Condition", Fn.map("ArnEquals", Fn.map("aws:SourceArn", s.sourceArn())));
            statements.add(st);
        }
        return statements;
    }

    static Map<String, Object> document(List<Object> statements) {
        return Fn.map("Version", Iam.POLICY_VERSION, "Statement", statements);
    }

    private static String unique(List<Object> statements, String sid) {
        String candidate = sid;
        for (int n = 2; contains(statements, candidate); n++) {
            candidate = sid + n;
        }
        return candidate;
    }

    private static boolean contains(List<Object> statements, String sid) {
        for (Object o : statements) {
            if (o instanceof Map<?, ?> m && sid.equals(m.get("Sid"))) {
                return true;
            }
        }
        return false;
    }
}
