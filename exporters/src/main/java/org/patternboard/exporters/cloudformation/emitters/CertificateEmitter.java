package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/** ACM certificates; DNS validation is automatic when the design has the hosted zone of the domain. */
final class CertificateEmitter implements Emitter {
    static final String CERTIFICATE = "aws.certificatemanager.certificate";

    @Override
    public List<String> types() {
        return List.of(CERTIFICATE);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource cert = ctx.add(c, "AWS::CertificateManager::Certificate");
        String domain = p.string("domainName");
        Object domainName = domain == null || domain.isBlank()
                ? ctx.parameter(c, "DomainName", Fn.map("Type", "String",
                        "AllowedPattern", "^(\\*\\.)?([a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,}$",
                        "Description", "Domain name of the certificate " + ctx.id(c) + "."))
                : domain;
        cert.put("DomainName", domainName);
        if (!p.list("subjectAlternativeNames").isEmpty()) {
            MappedProperties.emit(c, cert, p, ctx, "subjectAlternativeNames");
        }
        String validation = p.string("validation");
        MappedProperties.emit(c, cert, p, ctx, "validation", "keyAlgorithm");
        if ("DNS".equals(validation) && domain != null) {
            Component zone = zoneFor(ctx, domain);
            if (zone != null) {
                cert.put("DomainValidationOptions", List.of(Fn.map("DomainName", domain,
                        "HostedZoneId", Fn.ref(ctx.id(zone)))));
            }
        }
        ctx.output(c, "Arn", Fn.ref(ctx.id(c)), "Certificate ARN");
    }

    /** The design's public hosted zone that contains the domain, if any. */
    static Component zoneFor(ExportContext ctx, String domain) {
        String d = Support.lower(domain).replaceAll("\\.$", "");
        for (Component z : ctx.design().components()) {
            if (Route53Emitter.ZONE.equals(z.type()) && !ctx.props(z).bool("privateZone", false)) {
                String zone = ctx.props(z).string("zoneName");
                if (zone != null) {
                    String zn = Support.lower(zone).replaceAll("\\.$", "");
                    if (d.equals(zn) || d.endsWith("." + zn)) {
                        return z;
                    }
                }
            }
        }
        return null;
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return switch (form) {
            case "arn" -> Fn.ref(ctx.id(c));
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        // the resources that present the certificate name it (listeners, distributions, API domains)
        return conn.kind() == ConnectionKind.USES;
    }
}
