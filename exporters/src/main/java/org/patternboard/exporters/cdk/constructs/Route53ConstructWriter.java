package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Route 53 hosted zones and their records: an alias record per {@code routes} connection to a distribution or
 * load balancer, and a custom domain with a certificate and an alias record for an API.
 */
final class Route53ConstructWriter implements ConstructWriter {
    static final ClassName PUBLIC_ZONE = Cdk.of("route53", "PublicHostedZone");
    static final ClassName PRIVATE_ZONE = Cdk.of("route53", "PrivateHostedZone");
    static final ClassName A_RECORD = Cdk.of("route53", "ARecord");
    static final ClassName AAAA_RECORD = Cdk.of("route53", "AaaaRecord");
    static final ClassName RECORD_TARGET = Cdk.of("route53", "RecordTarget");
    static final String TARGETS = Cdk.BASE + ".services.route53.targets";
    static final ClassName CERTIFICATE = Cdk.of("certificatemanager", "Certificate");
    static final ClassName CERTIFICATE_VALIDATION = Cdk.of("certificatemanager", "CertificateValidation");
    static final ClassName REST_DOMAIN = Cdk.of("apigateway", "DomainName");
    static final ClassName V2_DOMAIN = Cdk.of("apigatewayv2", "DomainName");
    /** The hosted zone of CloudFront, which AppSync custom domains use. */
    static final String CLOUDFRONT_ZONE = "Z2FDTNDATAQYW2";
    static final Set<String> API_TYPES = Set.of("aws.apigateway.restApi", "aws.apigatewayv2.httpApi",
            "aws.apigatewayv2.webSocketApi", "aws.appsync.graphqlApi");

    @Override
    public List<String> types() {
        return List.of("aws.route53.hostedZone");
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        String zone = zoneName(p);
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
        if (!API_TYPES.contains(target.type())) {
            return false;
        }
        apiDomain(conn, zone, target, recordName, ipv6, id, ctx);
        return true;
    }

    /**
     * An API behind a name of the zone, as in the CloudFormation export: a certificate for the name validated in
     * the zone, a regional custom domain mapped to the API's stage, and an alias record to the domain. (A record
     * to the API's own host name would not work: API Gateway and AppSync answer only for their names.)
     */
    private static void apiDomain(Connection conn, Component zone, Component api, String recordName, boolean ipv6, String id, StackContext ctx) {
        String zoneName = zoneName(ctx.props(zone));
        String label = recordName.replaceAll("\\.+$", "");
        String fqdn = label.isBlank() ? zoneName : label + "." + zoneName;
        if (!CustomDomains.plan(ctx).claimRecord(fqdn)) {
            ctx.comment(conn.id() + ": " + fqdn + " fronts another API of this stack already");
            return;
        }
        String v = ctx.var(api);
        // helpers are named after the API (the record's id, zone + API, is often cut to the length limit)
        String base = ctx.constructId(api) + "Domain";
        String certificate = ctx.local(CERTIFICATE, base + "Certificate", Call.construct(CERTIFICATE, ctx.newConstructId(base + "Certificate"))
                .string("domainName", fqdn)
                .set("validation", "$T.fromDns($N)", CERTIFICATE_VALIDATION, ctx.var(zone)).build());
        ctx.expectConnection(conn, "AWS::CertificateManager::Certificate", Map.of("DomainName", fqdn));
        CodeBlock alias;
        switch (api.type()) {
            case "aws.apigateway.restApi" -> {
                String domain = ctx.local(REST_DOMAIN, base, Call.construct(REST_DOMAIN, ctx.newConstructId(base))
                        .string("domainName", fqdn)
                        .set("certificate", "$N", certificate)
                        .set("endpointType", "$T.REGIONAL", Cdk.of("apigateway", "EndpointType"))
                        .set("securityPolicy", "$T.TLS_1_2", Cdk.of("apigateway", "SecurityPolicy"))
                        .set("mapping", "$N", v).build());
                alias = CodeBlock.of("new $T($N)", ClassName.get(TARGETS, "ApiGatewayDomain"), domain);
            }
            case "aws.apigatewayv2.httpApi", "aws.apigatewayv2.webSocketApi" -> {
                String domain = ctx.local(V2_DOMAIN, base, Call.construct(V2_DOMAIN, ctx.newConstructId(base))
                        .string("domainName", fqdn)
                        .set("certificate", "$N", certificate).build());
                ctx.statement(Call.construct(Cdk.of("apigatewayv2", "ApiMapping"), ctx.newConstructId(base + "Mapping"))
                        .set("api", "$N", v)
                        .set("domainName", "$N", domain)
                        .set("stage", HttpApiConstructWriter.stage(api, ctx)).buildStatement());
                alias = CodeBlock.of("new $T($N.getRegionalDomainName(), $N.getRegionalHostedZoneId())",
                        ClassName.get(TARGETS, "ApiGatewayv2DomainProperties"), domain, domain);
            }
            default -> {
                // AppSync: no L2 for a custom domain added after the API, so the L1 resources and record
                String domain = ctx.local(Cdk.of("appsync", "CfnDomainName"), base,
                        Call.construct(Cdk.of("appsync", "CfnDomainName"), ctx.newConstructId(base))
                                .string("domainName", fqdn)
                                .set("certificateArn", "$N.getCertificateArn()", certificate).build());
                String association = ctx.local(Cdk.of("appsync", "CfnDomainNameApiAssociation"), base + "Association",
                        Call.construct(Cdk.of("appsync", "CfnDomainNameApiAssociation"), ctx.newConstructId(base + "Association"))
                                .set("domainName", "$N.getAttrDomainName()", domain)
                                .set("apiId", "$N.getApiId()", v).build());
                ctx.statement("$N.addDependency($N)", association, domain);
                ctx.statement(Call.construct(Cdk.of("route53", "CfnRecordSet"), id)
                        .set("hostedZoneId", "$N.getHostedZoneId()", ctx.var(zone))
                        .string("name", fqdn)
                        .string("type", ipv6 ? "AAAA" : "A")
                        .set("aliasTarget", Call.struct(Cdk.nested("route53", "CfnRecordSet", "AliasTargetProperty"))
                                .set("dnsName", "$N.getAttrAppSyncDomainName()", domain)
                                .string("hostedZoneId", CLOUDFRONT_ZONE).build())
                        .buildStatement());
                return;
            }
        }
        ctx.statement(Call.construct(ipv6 ? AAAA_RECORD : A_RECORD, id).set("zone", "$N", ctx.var(zone))
                .string("recordName", fqdn)
                .set("target", "$T.fromAlias($L)", RECORD_TARGET, alias).buildStatement());
    }

    static String zoneName(Props p) {
        return p.string("zoneName", "example.com").toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9.-]", "-");
    }
}
