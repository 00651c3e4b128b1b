package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Route 53 hosted zones and alias records. An alias to an API needs a custom domain name: the zone then
 * also creates a DNS-validated certificate, the API's domain name and its mapping.
 */
final class Route53Emitter implements Emitter {
    static final String ZONE = "aws.route53.hostedZone";
    /** The hosted zone id of every CloudFront (and AppSync custom domain) alias target. */
    static final String CLOUDFRONT_ZONE = "Z2FDTNDATAQYW2";

    @Override
    public List<String> types() {
        return List.of(ZONE);
    }

    static Object zoneName(Component c, ExportContext ctx) {
        String name = ctx.props(c).string("zoneName");
        if (name == null || name.isBlank()) {
            return ctx.parameter(c, "ZoneName", Fn.map("Type", "String",
                    "AllowedPattern", "^([a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,}\\.?$",
                    "Description", "Domain of the hosted zone " + ctx.id(c) + "."));
        }
        return Support.lower(name).replaceAll("[^a-z0-9.-]", "-");
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource zone = ctx.add(c, "AWS::Route53::HostedZone");
        zone.put("Name", zoneName(c, ctx));
        if (p.bool("privateZone", false)) {
            zone.put("VPCs", List.of(Fn.map("VPCId", Network.of(ctx).vpcId(c), "VPCRegion", Fn.region())));
        } else {
            ctx.output(c, "NameServers", Fn.joinList(",", Fn.getAtt(ctx.id(c), "NameServers")), "Name servers");
        }
        for (Connection r : ctx.outgoing(c, ConnectionKind.ROUTES)) {
            record(c, r, ctx);
        }
    }

    private static void record(Component zone, Connection r, ExportContext ctx) {
        Props cp = ctx.props(r);
        Component target = ctx.component(r.to());
        String label = cp.string("recordName");
        Object zoneName = zoneName(zone, ctx);
        Object fqdn;
        if (label == null || label.isBlank()) {
            fqdn = zoneName;
        } else {
            String l = Support.lower(label).replaceAll("[^a-z0-9*.-]", "-").replaceAll("\\.+$", "");
            fqdn = zoneName instanceof String z ? l + "." + z : Fn.join(".", List.of(l, zoneName));
        }
        boolean api = !CloudFrontEmitter.DISTRIBUTION.equals(target.type()) && !LoadBalancerEmitter.TYPES.contains(target.type());
        if (api && !ApiPaths.domains(ctx).claimRecord(fqdn)) {
            // the name fronts another API of this template already
            return;
        }
        Map<String, Object> alias = switch (target.type()) {
            case CloudFrontEmitter.DISTRIBUTION -> Fn.map("DNSName", Fn.getAtt(ctx.id(target), "DomainName"),
                    "HostedZoneId", CLOUDFRONT_ZONE);
            case LoadBalancerEmitter.ALB, LoadBalancerEmitter.NLB -> Fn.map(
                    "DNSName", Fn.getAtt(ctx.id(target), "DNSName"),
                    "HostedZoneId", Fn.getAtt(ctx.id(target), "CanonicalHostedZoneID"));
            default -> apiDomain(zone, r, target, fqdn, ctx);
        };
        Resource record = ctx.add(r, "Record", "AWS::Route53::RecordSet");
        record.put("HostedZoneId", Fn.ref(ctx.id(zone)));
        record.put("Name", fqdn);
        record.put("Type", cp.string("recordType"));
        record.put("AliasTarget", alias);
    }

    /** A custom domain for an API (certificate validated in this zone, domain name, mapping); its alias target. */
    private static Map<String, Object> apiDomain(Component zone, Connection r, Component api, Object fqdn, ExportContext ctx) {
        Resource cert = ctx.add(r, "Certificate", "AWS::CertificateManager::Certificate");
        cert.put("DomainName", fqdn);
        cert.put("ValidationMethod", "DNS");
        cert.put("DomainValidationOptions", List.of(Fn.map("DomainName", fqdn, "HostedZoneId", Fn.ref(ctx.id(zone)))));
        Object certArn = Fn.ref(cert.logicalId());
        switch (api.type()) {
            case "aws.apigateway.restApi" -> {
                Resource domain = ctx.add(r, "DomainName", "AWS::ApiGateway::DomainName");
                domain.put("DomainName", fqdn);
                domain.put("RegionalCertificateArn", certArn);
                domain.put("EndpointConfiguration", Fn.map("Types", List.of("REGIONAL")));
                domain.put("SecurityPolicy", "TLS_1_2");
                Resource mapping = ctx.add(r, "BasePathMapping", "AWS::ApiGateway::BasePathMapping");
                mapping.put("DomainName", Fn.ref(domain.logicalId()));
                mapping.put("RestApiId", Fn.ref(ctx.id(api)));
                mapping.put("Stage", Fn.ref((String) ctx.reference(api, "stageId")));
                return Fn.map("DNSName", Fn.getAtt(domain.logicalId(), "RegionalDomainName"),
                        "HostedZoneId", Fn.getAtt(domain.logicalId(), "RegionalHostedZoneId"));
            }
            case "aws.apigatewayv2.httpApi", "aws.apigatewayv2.webSocketApi" -> {
                Resource domain = ctx.add(r, "DomainName", "AWS::ApiGatewayV2::DomainName");
                domain.put("DomainName", fqdn);
                domain.put("DomainNameConfigurations", List.of(Fn.map("CertificateArn", certArn,
                        "EndpointType", "REGIONAL", "SecurityPolicy", "TLS_1_2")));
                Resource mapping = ctx.add(r, "ApiMapping", "AWS::ApiGatewayV2::ApiMapping");
                mapping.put("DomainName", Fn.ref(domain.logicalId()));
                mapping.put("ApiId", Fn.ref(ctx.id(api)));
                mapping.put("Stage", Fn.ref((String) ctx.reference(api, "stageId")));
                return Fn.map("DNSName", Fn.getAtt(domain.logicalId(), "RegionalDomainName"),
                        "HostedZoneId", Fn.getAtt(domain.logicalId(), "RegionalHostedZoneId"));
            }
            default -> {
                Resource domain = ctx.add(r, "DomainName", "AWS::AppSync::DomainName");
                domain.put("DomainName", fqdn);
                domain.put("CertificateArn", certArn);
                Resource association = ctx.add(r, "DomainAssociation", "AWS::AppSync::DomainNameApiAssociation");
                association.put("DomainName", Fn.ref(domain.logicalId()));
                association.put("ApiId", Fn.getAtt(ctx.id(api), "ApiId"));
                return Fn.map("DNSName", Fn.getAtt(domain.logicalId(), "AppSyncDomainName"), "HostedZoneId", CLOUDFRONT_ZONE);
            }
        }
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return switch (form) {
            case "id", "arn" -> Fn.ref(ctx.id(c));
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.ROUTES;
    }
}
