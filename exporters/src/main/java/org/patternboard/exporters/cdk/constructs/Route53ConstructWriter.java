package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cdk.stack.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Route 53 hosted zones and their records: an alias record per {@code routes} connection to a distribution or
 * load balancer, a CNAME to the default host name of an API (an alias to an API needs a custom domain).
 */
final class Route53ConstructWriter implements ConstructWriter {
    static final ClassName PUBLIC_ZONE = Cdk.of("route53", "PublicHostedZone");
    static final ClassName PRIVATE_ZONE = Cdk.of("route53", "PrivateHostedZone");
    static final ClassName A_RECORD = Cdk.of("route53", "ARecord");
    static final ClassName AAAA_RECORD = Cdk.of("route53", "AaaaRecord");
    static final ClassName CNAME_RECORD = Cdk.of("route53", "CnameRecord");
    static final ClassName RECORD_TARGET = Cdk.of("route53", "RecordTarget");
    static final String TARGETS = Cdk.BASE + ".services.route53.targets";

    @Override
    public List<String> types() {
        return List.of("aws.route53.hostedZone");
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        String zone = p.string("zoneName", "example.com").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
        boolean isPrivate = p.bool("privateZone", false);
        Call z = Call.construct(isPrivate ? PRIVATE_ZONE : PUBLIC_ZONE, ctx.constructId(c)).string("zoneName", zone);
        if (isPrivate) {
            z.set("vpc", Network.of(ctx).vpc(c));
        }
        ctx.declare(c, isPrivate ? PRIVATE_ZONE : PUBLIC_ZONE, z.build());
        ctx.expect(c, "AWS::Route53::HostedZone", Map.of("Name", zone + "."));
        if (p.bool("queryLogging", false)) {
            ctx.comment("query logging needs a log group in us-east-1 with a resource policy for Route 53: not exported");
        }
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        if (conn.kind() != ConnectionKind.ROUTES) {
            return false;
        }
        Component zone = ctx.component(conn.from());
        Component target = ctx.component(conn.to());
        if (!ctx.hasVariable(target.id())) {
            return false;
        }
        Props p = ctx.props(conn);
        String recordName = p.string("recordName", "").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.*-]", "-");
        boolean ipv6 = "AAAA".equals(p.string("recordType", "A"));
        String v = ctx.var(target);
        CodeBlock alias = switch (target.type()) {
            case "aws.cloudfront.distribution" -> CodeBlock.of("new $T($N)", ClassName.get(TARGETS, "CloudFrontTarget"), v);
            case "aws.elbv2.applicationLoadBalancer", "aws.elbv2.networkLoadBalancer" ->
                    CodeBlock.of("new $T($N)", ClassName.get(TARGETS, "LoadBalancerTarget"), v);
            default -> null;
        };
        String id = ctx.newConstructId(ctx.constructId(zone) + "To" + ctx.constructId(target));
        if (alias != null) {
            Call record = Call.construct(ipv6 ? AAAA_RECORD : A_RECORD, id).set("zone", "$N", ctx.var(zone))
                    .set("target", "$T.fromAlias($L)", RECORD_TARGET, alias);
            if (!recordName.isBlank()) {
                record.string("recordName", recordName);
            }
            ctx.statement(record.buildStatement());
            return true;
        }
        CodeBlock host = switch (target.type()) {
            case "aws.apigateway.restApi" -> CodeBlock.of("$T.select(2, $T.split($S, $N.getUrl()))", Cdk.FN, Cdk.FN, "/", v);
            case "aws.apigatewayv2.httpApi", "aws.apigatewayv2.webSocketApi" ->
                    CodeBlock.of("$T.select(2, $T.split($S, $N.getApiEndpoint()))", Cdk.FN, Cdk.FN, "/", v);
            case "aws.appsync.graphqlApi" -> CodeBlock.of("$T.select(2, $T.split($S, $N.getGraphqlUrl()))", Cdk.FN, Cdk.FN, "/", v);
            default -> null;
        };
        if (host == null) {
            return false;
        }
        ctx.comment("a CNAME to the API's own host name: an alias record needs a custom domain on the API");
        ctx.statement(Call.construct(CNAME_RECORD, id).set("zone", "$N", ctx.var(zone))
                .string("recordName", recordName.isBlank() ? Assets.kebab(ctx.constructId(target)) : recordName)
                .set("domainName", host).buildStatement());
        return true;
    }
}
