package org.patternboard.exporters.cloudformation.nag;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.rules.Rule;

/**
 * A Patternboard rule the design suppresses, with its reason, is suppressed in cdk-nag too: each AwsSolutions
 * rule the Patternboard rule corresponds to ({@code cdk-nag:AwsSolutions-…} in its references) on the resources
 * of the suppression's target (a component, its connections' resources, or all for {@code *}) whose type that
 * AwsSolutions rule checks. The cdk-nag reason is the user's, prefixed with the Patternboard rule.
 */
public final class DesignSuppressions {
    private static final String PREFIX = "cdk-nag:";

    private DesignSuppressions() {
    }

    /** One cdk-nag suppression a design suppression stands for: the AwsSolutions rule, the reason, its resource types. */
    public record NagSuppression(String rule, String reason, List<String> types) {
    }

    /** The cdk-nag suppressions that one suppression of the design stands for (none for a rule citing no AwsSolutions rule). */
    public static List<NagSuppression> of(Suppression s, List<Rule> rules, NagCatalog nag) {
        Rule rule = rules.stream().filter(r -> r.info().id().equals(s.rule())).findFirst().orElse(null);
        if (rule == null) {
            return List.of();
        }
        List<NagSuppression> out = new java.util.ArrayList<>();
        for (String ref : rule.info().references()) {
            if (ref.startsWith(PREFIX + "AwsSolutions-")) {
                String nagRule = ref.substring(PREFIX.length());
                out.add(new NagSuppression(nagRule, s.rule() + " suppressed in the design: " + s.reason(),
                        nag.rule(nagRule).map(NagCatalog.NagRule::types).orElse(List.of())));
            }
        }
        return out;
    }

    public static void apply(ExportContext ctx, List<Rule> rules, NagCatalog nag) {
        Architecture a = ctx.design();
        for (Suppression s : a.suppressions()) {
            for (NagSuppression n : of(s, rules, nag)) {
                for (Resource r : ctx.template().resources().values()) {
                    if (n.types().contains(r.type()) && belongsTo(r, s.target(), a)) {
                        NagSuppressions.add(r, n.rule(), n.reason());
                    }
                }
            }
        }
    }

    /** Whether a resource comes from the target component, or from a connection that starts or ends there. */
    private static boolean belongsTo(Resource r, String target, Architecture a) {
        if (Suppression.WHOLE_DESIGN.equals(target)) {
            return true;
        }
        Map<String, Object> meta = r.metadata();
        if (target.equals(plain(meta.get(ExportContext.META_COMPONENT)))) {
            return true;
        }
        String connectionId = plain(meta.get(ExportContext.META_CONNECTION));
        if (connectionId == null) {
            return false;
        }
        if (target.equals(connectionId)) {
            return true;
        }
        Connection c = a.connections().stream().filter(k -> k.id().equals(connectionId)).findFirst().orElse(null);
        return c != null && (target.equals(c.from()) || target.equals(c.to()));
    }

    private static String plain(Object value) {
        return org.patternboard.exporters.cloudformation.core.LiteralText.plain(value);
    }
}
