package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import java.util.List;
import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-008: an internet-facing entry point with no WAF web ACL in front of it. */
public final class PublicEntryWithoutWaf extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-008", Pillar.SECURITY, Severity.WARNING)
            .title("Public entry point without WAF")
            .rationale("A web ACL filters common exploits, known bad inputs and request floods before they reach (and"
                    + " bill) the backend; every internet-facing REST API, GraphQL API, load balancer or distribution"
                    + " should sit behind one, on itself or on the CloudFront distribution in front of it.")
            .remedy("Associate a WAFv2 web ACL with AWS managed rule groups and a rate-based rule, on the entry point"
                    + " or on the CloudFront distribution that serves it.")
            .references("SEC 1", "cdk-nag:AwsSolutions-APIG3", "cdk-nag:AwsSolutions-CFR2",
                    "cdk-nag:NIST.800.53.R5-ALBWAFEnabled", "checkov:CKV_AWS_68", "checkov:CKV2_AWS_33")
            .quickFix()
            .build();

    public PublicEntryWithoutWaf() {
        super(INFO, REST_API, GRAPHQL_API, DISTRIBUTION, ALB);
    }

    @Override
    protected void check(Component entry, RuleContext ctx, Findings out) {
        if (!isPublic(entry, ctx) || isProtected(entry.id(), ctx)) {
            return;
        }
        for (Connection served : ctx.incoming(entry.id(), ConnectionKind.SERVES, DISTRIBUTION)) {
            if (isProtected(served.from(), ctx)) {
                return;
            }
        }
        boolean edge = DISTRIBUTION.equals(entry.type());
        out.report("this internet-facing entry point has no web ACL, on itself or on a distribution in front of it",
                ctx.fix("Protect " + entry.name() + " with a web ACL", b -> {
                    String acl = b.addNear(entry.id(), WEB_ACL, "WebAcl", Map.of(
                            "scope", edge ? "CLOUDFRONT" : "REGIONAL",
                            "managedRuleGroups", List.of("AWSManagedRulesCommonRuleSet",
                                    "AWSManagedRulesKnownBadInputsRuleSet"),
                            "rateLimit", 2000L,
                            "logging", true));
                    b.connect(acl, entry.id(), ConnectionKind.PROTECTS, Map.of());
                }));
    }

    private static boolean isPublic(Component entry, RuleContext ctx) {
        return switch (entry.type()) {
            case REST_API -> !ctx.setting(entry, "endpointType").is("PRIVATE");
            case GRAPHQL_API -> ctx.setting(entry, "visibility").is("GLOBAL");
            case ALB -> ctx.setting(entry, "scheme").is("internet-facing");
            default -> true;
        };
    }

    private static boolean isProtected(String id, RuleContext ctx) {
        return !ctx.incoming(id, ConnectionKind.PROTECTS, WEB_ACL).isEmpty();
    }
}
