package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * WAF web ACLs ({@code CfnWebACL}; WAFv2 has no L2): the AWS managed rule groups in priority order, a rate-based
 * rule, and one association per protected API, user pool or load balancer. A distribution needs an ACL of
 * CLOUDFRONT scope, so a REGIONAL ACL that also protects a distribution gets a CLOUDFRONT twin.
 */
final class WafConstructWriter implements ConstructWriter {
    static final ClassName WEB_ACL = Cdk.of("wafv2", "CfnWebACL");
    static final ClassName ASSOCIATION = Cdk.of("wafv2", "CfnWebACLAssociation");

    private static ClassName nested(String inner) {
        return Cdk.nested("wafv2", "CfnWebACL", inner);
    }

    @Override
    public List<String> types() {
        return List.of("aws.wafv2.webAcl");
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        String scope = primaryScope(c, ctx, p);
        ctx.declare(c, WEB_ACL, acl(c, ctx, p, scope, ctx.constructId(c)));
        ctx.expect(c, "AWS::WAFv2::WebACL", Map.of("Scope", scope));
        ctx.shared("wafScope:" + c.id(), () -> scope);
        if (p.bool("logging", false)) {
            ctx.comment("WAF logging needs a destination named aws-waf-logs-*: add a CfnLoggingConfiguration for yours");
        }
    }

    /**
     * As in the CloudFormation export: CLOUDFRONT when the ACL protects distributions only, REGIONAL when it
     * protects anything else (distributions then use a CLOUDFRONT twin), the design's scope when it protects nothing.
     */
    private static String primaryScope(Component c, StackContext ctx, Props p) {
        boolean cloudFront = false;
        boolean regional = false;
        for (Connection x : ctx.outgoing(c, ConnectionKind.PROTECTS)) {
            if ("aws.cloudfront.distribution".equals(ctx.component(x.to()).type())) {
                cloudFront = true;
            } else {
                regional = true;
            }
        }
        return regional ? "REGIONAL" : cloudFront ? "CLOUDFRONT" : p.string("scope", "REGIONAL");
    }

    private static CodeBlock acl(Component c, StackContext ctx, Props p, String scope, String constructId) {
        if ("CLOUDFRONT".equals(scope)) {
            UsEast1.require(ctx);
        }
        List<CodeBlock> rules = new ArrayList<>();
        int priority = 0;
        List<String> groups = p.list("managedRuleGroups").isEmpty() && !p.isSet("managedRuleGroups")
                ? List.of("AWSManagedRulesCommonRuleSet") : p.strings("managedRuleGroups");
        for (String group : groups) {
            String name = group.replaceAll("[^A-Za-z0-9_-]", "");
            if (name.isEmpty()) {
                continue;
            }
            rules.add(Call.struct(nested("RuleProperty"))
                    .string("name", name)
                    .number("priority", priority++)
                    .set("statement", Call.struct(nested("StatementProperty"))
                            .set("managedRuleGroupStatement", Call.struct(nested("ManagedRuleGroupStatementProperty"))
                                    .string("vendorName", "AWS").string("name", name).build()).build())
                    .set("overrideAction", Call.struct(nested("OverrideActionProperty")).set("none", "$T.of()", Map.class).build())
                    .set("visibilityConfig", visibility(name))
                    .build());
        }
        if (p.isSet("rateLimit")) {
            long window = p.integer("rateLimitWindow", 300);
            rules.add(Call.struct(nested("RuleProperty"))
                    .string("name", "RateLimit")
                    .number("priority", priority)
                    .set("statement", Call.struct(nested("StatementProperty"))
                            .set("rateBasedStatement", Call.struct(nested("RateBasedStatementProperty"))
                                    .number("limit", p.integer("rateLimit", 2000))
                                    .string("aggregateKeyType", "IP")
                                    .number("evaluationWindowSec", List.of(60L, 120L, 300L, 600L).contains(window) ? window : 300).build()).build())
                    .set("action", Call.struct(nested("RuleActionProperty")).set("block", Call.struct(nested("BlockActionProperty")).build()).build())
                    .set("visibilityConfig", visibility("RateLimit"))
                    .build());
        }
        boolean block = "BLOCK".equals(p.string("defaultAction", "ALLOW"));
        return Call.construct(WEB_ACL, constructId)
                .string("scope", scope)
                .set("defaultAction", Call.struct(nested("DefaultActionProperty"))
                        .set(block ? "block" : "allow", Call.struct(nested(block ? "BlockActionProperty" : "AllowActionProperty")).build()).build())
                .set("visibilityConfig", visibility(constructId))
                .set("rules", rules.isEmpty() ? CodeBlock.of("$T.of()", List.class)
                        : CodeBlock.of("$T.of($>\n$L)$<", List.class, CodeBlock.join(rules, ",\n")))
                .build();
    }

    private static CodeBlock visibility(String metric) {
        return Call.struct(nested("VisibilityConfigProperty"))
                .bool("cloudWatchMetricsEnabled", true)
                .string("metricName", metric.length() > 128 ? metric.substring(0, 128) : metric)
                .bool("sampledRequestsEnabled", true).build();
    }

    /** The ARN of the ACL a distribution uses: the component's when it has CLOUDFRONT scope, else its twin's. */
    static CodeBlock cloudFrontAclArn(StackContext ctx, Component acl) {
        if ("CLOUDFRONT".equals(ctx.shared("wafScope:" + acl.id(), () -> "REGIONAL"))) {
            return CodeBlock.of("$N.getAttrArn()", ctx.var(acl));
        }
        String twin = ctx.shared("wafTwin:" + acl.id(), () -> ctx.local(WEB_ACL, ctx.var(acl) + "CloudFront",
                acl(acl, ctx, ctx.props(acl), "CLOUDFRONT", ctx.newConstructId(ctx.constructId(acl) + "CloudFront"))));
        return CodeBlock.of("$N.getAttrArn()", twin);
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        if (conn.kind() != ConnectionKind.PROTECTS) {
            return false;
        }
        Component acl = ctx.component(conn.from());
        Component target = ctx.component(conn.to());
        if (!ctx.hasVariable(target.id())) {
            return false;
        }
        String v = ctx.var(target);
        CodeBlock arn = switch (target.type()) {
            case "aws.apigateway.restApi" -> CodeBlock.of("$N.getDeploymentStage().getStageArn()", v);
            case "aws.appsync.graphqlApi" -> CodeBlock.of("$N.getArn()", v);
            case "aws.elbv2.applicationLoadBalancer" -> CodeBlock.of("$N.getLoadBalancerArn()", v);
            case "aws.cognito.userPool" -> CodeBlock.of("$N.getUserPoolArn()", v);
            default -> null;
        };
        if (arn == null) {
            return false;
        }
        ctx.statement(Call.construct(ASSOCIATION, ctx.newConstructId(ctx.constructId(acl) + "Protects" + ctx.constructId(target)))
                .set("resourceArn", arn).set("webAclArn", "$N.getAttrArn()", ctx.var(acl)).buildStatement());
        return true;
    }
}
