package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.core.UsEast1Rule;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * WAF web ACLs: AWS managed rule groups and an optional rate limit, associated with what they protect.
 * A web ACL for CloudFront must have CLOUDFRONT scope, one for anything else REGIONAL; an ACL that
 * protects both gets a twin with the other scope.
 */
final class WafEmitter implements Emitter {
    static final String WEB_ACL = "aws.wafv2.webAcl";
    static final String CLOUDFRONT_SUFFIX = "CloudFront";

    @Override
    public List<String> types() {
        return List.of(WEB_ACL);
    }

    private static boolean protectsCloudFront(Component c, ExportContext ctx) {
        return ctx.outgoing(c, ConnectionKind.PROTECTS).stream()
                .anyMatch(t -> CloudFrontEmitter.DISTRIBUTION.equals(ctx.component(t.to()).type()));
    }

    private static boolean protectsRegional(Component c, ExportContext ctx) {
        return ctx.outgoing(c, ConnectionKind.PROTECTS).stream()
                .anyMatch(t -> !CloudFrontEmitter.DISTRIBUTION.equals(ctx.component(t.to()).type()));
    }

    /** The scope of the primary ACL: CLOUDFRONT only when it protects nothing but distributions. */
    static String primaryScope(Component c, ExportContext ctx) {
        boolean cf = protectsCloudFront(c, ctx);
        boolean regional = protectsRegional(c, ctx);
        if (cf && !regional) {
            return "CLOUDFRONT";
        }
        if (regional) {
            return "REGIONAL";
        }
        return ctx.props(c).string("scope");
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        String scope = primaryScope(c, ctx);
        acl(c, ctx, ctx.add(c, "AWS::WAFv2::WebACL"), scope);
        if ("REGIONAL".equals(scope) && protectsCloudFront(c, ctx)) {
            acl(c, ctx, ctx.add(c, CLOUDFRONT_SUFFIX, "AWS::WAFv2::WebACL"), "CLOUDFRONT");
        }
        for (Connection t : ctx.outgoing(c, ConnectionKind.PROTECTS)) {
            Component target = ctx.component(t.to());
            if (CloudFrontEmitter.DISTRIBUTION.equals(target.type())) {
                continue; // the distribution names its web ACL
            }
            Resource association = ctx.add(t, "WebAclAssociation", "AWS::WAFv2::WebACLAssociation");
            association.put("WebACLArn", Fn.getAtt(ctx.id(c), "Arn"));
            association.put("ResourceArn", ctx.reference(target, "wafArn"));
        }
    }

    private static void acl(Component c, ExportContext ctx, Resource acl, String scope) {
        Props p = ctx.props(c);
        String metric = acl.logicalId();
        acl.put("Scope", scope);
        if ("CLOUDFRONT".equals(scope)) {
            UsEast1Rule.require(ctx);
        }
        acl.put("DefaultAction", "BLOCK".equals(p.string("defaultAction")) ? Fn.map("Block", Fn.map()) : Fn.map("Allow", Fn.map()));
        acl.put("VisibilityConfig", visibility(metric));
        List<Object> rules = new ArrayList<>();
        long priority = 0;
        for (Object group : p.list("managedRuleGroups")) {
            String name = String.valueOf(group).replaceAll("[^A-Za-z0-9_-]", "");
            if (name.isEmpty()) {
                continue;
            }
            rules.add(Fn.map(
                    "Name", name,
                    "Priority", priority++,
                    "Statement", Fn.map("ManagedRuleGroupStatement", Fn.map("VendorName", "AWS", "Name", name)),
                    "OverrideAction", Fn.map("None", Fn.map()),
                    "VisibilityConfig", visibility(metric + name)));
        }
        if (p.integer("rateLimit") != null) {
            rules.add(Fn.map(
                    "Name", "RateLimit",
                    "Priority", priority,
                    "Statement", Fn.map("RateBasedStatement", Fn.map("Limit", p.integer("rateLimit"),
                            "EvaluationWindowSec", p.integer("rateLimitWindow"), "AggregateKeyType", "IP")),
                    "Action", Fn.map("Block", Fn.map()),
                    "VisibilityConfig", visibility(metric + "RateLimit")));
        }
        acl.put("Rules", rules);
        if (p.bool("logging", false)) {
            String suffix = acl.logicalId().equals(ctx.id(c)) ? "" : CLOUDFRONT_SUFFIX;
            Resource logGroup = ctx.add(c, "Logs" + suffix, "AWS::Logs::LogGroup").retention("Delete");
            String name = "aws-waf-logs-${AWS::StackName}-" + acl.logicalId();
            logGroup.put("LogGroupName", Fn.sub(name));
            logGroup.put("RetentionInDays", 30L);
            Resource logging = ctx.add(c, "LoggingConfiguration" + suffix, "AWS::WAFv2::LoggingConfiguration");
            logging.put("ResourceArn", Fn.getAtt(acl.logicalId(), "Arn"));
            logging.put("LogDestinationConfigs", List.of(Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${"
                    + logGroup.logicalId() + "}")));
        }
    }

    private static Map<String, Object> visibility(String metric) {
        String m = metric.length() > 128 ? metric.substring(0, 128) : metric;
        return Fn.map("SampledRequestsEnabled", true, "CloudWatchMetricsEnabled", true, "MetricName", m);
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return switch (form) {
            case "arn" -> Fn.getAtt(ctx.id(c), "Arn");
            case "name" -> Fn.select(0, Fn.split("|", Fn.ref(ctx.id(c))));
            case "cloudFrontArn" -> "CLOUDFRONT".equals(primaryScope(c, ctx)) ? Fn.getAtt(ctx.id(c), "Arn")
                    : Fn.getAtt(ctx.derivedId(c, CLOUDFRONT_SUFFIX), "Arn");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.PROTECTS;
    }
}
