package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * CloudFront distributions: one origin per {@code serves} connection (buckets through origin access
 * control, APIs, load balancers, endpoints and MediaPackage over HTTPS), the first {@code *} path as
 * default behaviour, managed cache policies, HTTPS for viewers, the web ACL that protects it. A
 * distribution that serves nothing gets a private content bucket of its own.
 */
final class CloudFrontEmitter implements Emitter {
    static final String DISTRIBUTION = "aws.cloudfront.distribution";
    private static final Map<String, String> CACHE_POLICIES = cachePolicies();
    /** Managed origin request policy AllViewerExceptHostHeader: what API origins need. */
    private static final String ALL_VIEWER_EXCEPT_HOST = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

    private static Map<String, String> cachePolicies() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("CachingOptimized", "658327ea-f89d-4fab-a63d-7e88639e58f6");
        m.put("CachingDisabled", "4135ea2d-6df8-44a3-9df3-4b5a84be39ad");
        m.put("CachingOptimizedForUncompressedObjects", "b2884449-e4de-46a7-ac36-70bc7f1ddd6d");
        m.put("UseOriginCacheControlHeaders", "83da9c7e-98b4-4e11-a168-04f0df8e2c65");
        m.put("UseOriginCacheControlHeaders-QueryStrings", "4cc15a8a-d715-48a4-82b8-cc0b614638fe");
        m.put("Elemental-MediaPackage", "08627262-05a9-4f76-9ded-b50ca2e3a84f");
        return m;
    }

    @Override
    public List<String> types() {
        return List.of(DISTRIBUTION);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        String id = ctx.id(c);
        List<Object> origins = new ArrayList<>();
        Map<String, Object> defaultBehavior = null;
        List<Object> behaviors = new ArrayList<>();
        for (Connection s : ctx.outgoing(c, ConnectionKind.SERVES)) {
            Component target = ctx.component(s.to());
            String originId = ctx.id(target);
            if (origins.stream().anyMatch(o -> originId.equals(((Map<?, ?>) o).get("Id")))) {
                continue;
            }
            origins.add(origin(c, s, target, ctx));
            Props cp = ctx.props(s);
            boolean api = !S3Emitter.BUCKET.equals(target.type()) && !"aws.mediapackage.channel".equals(target.type());
            String path = cp.string("pathPattern");
            Map<String, Object> behavior = behavior(originId, cp.string("cachePolicy"), api, p);
            if (("*".equals(path) || path == null || path.isEmpty()) && defaultBehavior == null) {
                defaultBehavior = behavior;
            } else {
                String pattern = "*".equals(path) || path == null || path.isEmpty() ? "/" + originId + "/*" : path;
                Map<String, Object> b = Fn.map("PathPattern", pattern);
                b.putAll(behavior);
                behaviors.add(b);
            }
        }
        if (origins.isEmpty()) {
            Resource bucket = S3Emitter.ownBucket(ctx, c, "ContentBucket");
            String oac = originAccessControl(c, ctx, "ContentOriginAccessControl");
            origins.add(Fn.map("Id", bucket.logicalId(),
                    "DomainName", Fn.getAtt(bucket.logicalId(), "RegionalDomainName"),
                    "S3OriginConfig", Fn.map("OriginAccessIdentity", ""),
                    "OriginAccessControlId", Fn.getAtt(oac, "Id")));
            defaultBehavior = behavior(bucket.logicalId(), "CachingOptimized", false, p);
            Resource policy = ctx.add(c, "ContentBucketPolicy", "AWS::S3::BucketPolicy");
            policy.put("Bucket", Fn.ref(bucket.logicalId()));
            policy.put("PolicyDocument", ResourcePolicyDocuments.document(List.of(
                    S3Emitter.denyWithoutTls(ctx, bucket.logicalId()),
                    Fn.map("Sid", "CloudFrontReadsContent", "Effect", "Allow",
                            "Principal", Fn.map("Service", "cloudfront.amazonaws.com"),
                            "Action", "s3:GetObject",
                            "Resource", Fn.concat(Fn.getAtt(bucket.logicalId(), "Arn"), "/*"),
                            "Condition", Fn.map("ArnEquals", Fn.map("aws:SourceArn", reference(c, "arn", ctx)))))));
        }
        if (defaultBehavior == null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> first = new LinkedHashMap<>((Map<String, Object>) behaviors.remove(0));
            first.remove("PathPattern");
            defaultBehavior = first;
        }
        Map<String, Object> config = Fn.map("Enabled", true, "Comment", id.length() > 128 ? id.substring(0, 128) : id);
        config.put("PriceClass", p.string("priceClass"));
        config.put("HttpVersion", p.string("httpVersion"));
        if (p.string("defaultRootObject") != null) {
            config.put("DefaultRootObject", p.string("defaultRootObject"));
        }
        if (p.isSet("ipv6")) {
            config.put("IPV6Enabled", p.bool("ipv6", true));
        }
        if (p.bool("accessLogging", false)) {
            config.put("Logging", Fn.map("Bucket", Fn.getAtt(AccessLogs.cloudFrontBucket(ctx), "DomainName"),
                    "Prefix", "cloudfront/" + id + "/", "IncludeCookies", false));
        }
        Object certificate = LoadBalancerEmitter.certificate(ctx, c);
        if (certificate != null) {
            UsEast1Rule.require(ctx);
            List<Object> aliases = new ArrayList<>(p.list("aliases"));
            if (!aliases.isEmpty()) {
                config.put("Aliases", aliases);
            }
            String tls = p.isSet("minimumProtocolVersion") ? p.string("minimumProtocolVersion") : "TLSv1.2_2021";
            config.put("ViewerCertificate", Fn.map("AcmCertificateArn", certificate, "SslSupportMethod", "sni-only",
                    "MinimumProtocolVersion", tls));
        }
        for (Connection w : ctx.incoming(c, ConnectionKind.PROTECTS)) {
            config.put("WebACLId", ctx.reference(ctx.component(w.from()), "cloudFrontArn"));
            break;
        }
        config.put("Origins", origins);
        config.put("DefaultCacheBehavior", defaultBehavior);
        if (!behaviors.isEmpty()) {
            config.put("CacheBehaviors", behaviors);
        }
        if (p.bool("spaFallback", false)) {
            config.put("CustomErrorResponses", List.of(
                    Fn.map("ErrorCode", 403L, "ResponseCode", 200L, "ResponsePagePath", "/index.html"),
                    Fn.map("ErrorCode", 404L, "ResponseCode", 200L, "ResponsePagePath", "/index.html")));
        }
        Resource dist = ctx.add(c, "AWS::CloudFront::Distribution");
        dist.put("DistributionConfig", config);
        if (certificate == null) {
            ctx.nag().suppress(dist, "defaultCloudFrontCertificate");
        }
        ctx.output(c, "DomainName", Fn.getAtt(id, "DomainName"), "Distribution domain name");
    }

    private static Map<String, Object> behavior(String originId, String cachePolicy, boolean api, Props p) {
        Map<String, Object> b = Fn.map(
                "TargetOriginId", originId,
                "ViewerProtocolPolicy", p.string("viewerProtocolPolicy"),
                "CachePolicyId", CACHE_POLICIES.getOrDefault(cachePolicy, CACHE_POLICIES.get("CachingOptimized")),
                "Compress", p.bool("compress", false));
        if (api) {
            b.put("OriginRequestPolicyId", ALL_VIEWER_EXCEPT_HOST);
            b.put("AllowedMethods", List.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"));
        }
        return b;
    }

    private static String originAccessControl(Component c, ExportContext ctx, String suffix) {
        return ctx.state("oac/" + c.id() + "/" + suffix, () -> {
            Resource oac = ctx.add(c, suffix, "AWS::CloudFront::OriginAccessControl");
            String base = ctx.id(c).length() > 30 ? ctx.id(c).substring(0, 30) : ctx.id(c);
            oac.put("OriginAccessControlConfig", Fn.map(
                    "Name", Fn.join("-", List.of(base + suffix.substring(0, Math.min(suffix.length(), 10)),
                            Fn.select(0, Fn.split("-", Fn.select(2, Fn.split("/", Fn.ref("AWS::StackId"))))))),
                    "OriginAccessControlOriginType", "s3",
                    "SigningBehavior", "always",
                    "SigningProtocol", "sigv4"));
            return oac.logicalId();
        });
    }

    private static Map<String, Object> origin(Component dist, Connection s, Component target, ExportContext ctx) {
        String originId = ctx.id(target);
        Map<String, Object> https = Fn.map("OriginProtocolPolicy", "https-only", "OriginSSLProtocols", List.of("TLSv1.2"));
        return switch (target.type()) {
            case S3Emitter.BUCKET -> Fn.map("Id", originId,
                    "DomainName", Fn.getAtt(originId, "RegionalDomainName"),
                    "S3OriginConfig", Fn.map("OriginAccessIdentity", ""),
                    "OriginAccessControlId", Fn.getAtt(originAccessControl(dist, ctx, "OriginAccessControl"), "Id"));
            case LoadBalancerEmitter.ALB -> Fn.map("Id", originId,
                    "DomainName", Fn.getAtt(originId, "DNSName"),
                    "CustomOriginConfig", LoadBalancerEmitter.certificate(ctx, target) != null ? https
                            : Fn.map("OriginProtocolPolicy", "http-only"));
            default -> {
                Map<String, Object> o = Fn.map("Id", originId, "DomainName", ctx.reference(target, "host"));
                Object path = ctx.reference(target, "originPath");
                if (path != null && !"".equals(path)) {
                    o.put("OriginPath", path);
                }
                o.put("CustomOriginConfig", https);
                yield o;
            }
        };
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (form) {
            case "arn" -> Fn.sub("arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${" + id + "}");
            case "domainName" -> Fn.getAtt(id, "DomainName");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("DOMAIN_NAME", Fn.getAtt(ctx.id(c), "DomainName"));
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.SERVES;
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.PROTECTS;
    }
}
