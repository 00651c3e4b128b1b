package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cdk.stack.LibraryNames;
import org.patternboard.exporters.cdk.stack.Literals;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * CloudFront distributions: one origin per {@code serves} connection ({@code S3BucketOrigin} with origin
 * access control, {@code RestApiOrigin}, {@code LoadBalancerV2Origin}, {@code HttpOrigin}), the first as the
 * default behaviour and the others on their path patterns; HTTPS redirect, HTTP/2 and 3, compression,
 * a certificate and aliases, the web ACL that protects it, and the single-page-application fallback.
 */
final class CloudFrontConstructWriter implements ConstructWriter {
    static final String TYPE = "aws.cloudfront.distribution";
    static final ClassName DISTRIBUTION = Cdk.of("cloudfront", "Distribution");
    static final ClassName BEHAVIOR = Cdk.of("cloudfront", "BehaviorOptions");
    static final ClassName VIEWER_PROTOCOL = Cdk.of("cloudfront", "ViewerProtocolPolicy");
    static final ClassName CACHE_POLICY = Cdk.of("cloudfront", "CachePolicy");
    static final ClassName SECURITY_POLICY = Cdk.of("cloudfront", "SecurityPolicyProtocol");
    static final ClassName ERROR_RESPONSE = Cdk.of("cloudfront", "ErrorResponse");
    static final ClassName ALLOWED_METHODS = Cdk.of("cloudfront", "AllowedMethods");
    static final String ORIGINS = Cdk.BASE + ".services.cloudfront.origins";

    @Override
    public List<String> types() {
        return List.of(TYPE);
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>();
        ctx.outgoing(c, ConnectionKind.SERVES).forEach(s -> pre.add(s.to()));
        ctx.outgoingTo(c, ConnectionKind.USES, "aws.certificatemanager.certificate").forEach(u -> pre.add(u.to()));
        ctx.incomingFrom(c, ConnectionKind.PROTECTS, "aws.wafv2.webAcl").forEach(w -> pre.add(w.from()));
        return pre;
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        List<CodeBlock> behaviors = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (Connection s : ctx.outgoing(c, ConnectionKind.SERVES)) {
            CodeBlock origin = origin(ctx.component(s.to()), ctx);
            if (origin == null) {
                continue;
            }
            Props sp = ctx.props(s);
            Call b = Call.struct(BEHAVIOR).set("origin", origin)
                    .set("viewerProtocolPolicy", Cdk.constant(VIEWER_PROTOCOL, LibraryNames.upperSnake(p.string("viewerProtocolPolicy", "allow-all"))))
                    .set("cachePolicy", cachePolicy(sp.string("cachePolicy", "CachingOptimized")));
            if (p.bool("compress", false)) {
                b.bool("compress", true);
            }
            if (!"aws.s3.bucket".equals(ctx.component(s.to()).type()) && !"aws.mediapackage.channel".equals(ctx.component(s.to()).type())) {
                b.set("allowedMethods", "$T.ALLOW_ALL", ALLOWED_METHODS);
            }
            behaviors.add(b.build());
            String pattern = sp.string("pathPattern", "*");
            patterns.add(behaviors.size() == 1 || "*".equals(pattern) || patterns.contains(pattern)
                    ? (behaviors.size() == 1 ? "*" : "/" + Assets.kebab(ctx.constructId(s.to())) + "/*") : pattern);
            ctx.handled(s);
        }
        if (behaviors.isEmpty()) {
            // a distribution needs an origin: a private bucket of its own until the design serves something
            String bucket = ctx.local(S3ConstructWriter.BUCKET, ctx.var(c) + "Content",
                    Call.construct(S3ConstructWriter.BUCKET, ctx.newConstructId(ctx.constructId(c) + "Content"))
                            .set("blockPublicAccess", "$T.BLOCK_ALL", S3ConstructWriter.BLOCK_PUBLIC_ACCESS)
                            .set("encryption", "$T.S3_MANAGED", S3ConstructWriter.BUCKET_ENCRYPTION)
                            .bool("enforceSsl", true).build());
            behaviors.add(Call.struct(BEHAVIOR)
                    .set("origin", "$T.withOriginAccessControl($N)", ClassName.get(ORIGINS, "S3BucketOrigin"), bucket)
                    .set("viewerProtocolPolicy", Cdk.constant(VIEWER_PROTOCOL, LibraryNames.upperSnake(p.string("viewerProtocolPolicy", "allow-all"))))
                    .build());
            patterns.add("*");
        }
        Call d = Call.construct(DISTRIBUTION, ctx.constructId(c)).set("defaultBehavior", behaviors.get(0));
        if (behaviors.size() > 1) {
            List<CodeBlock> entries = new ArrayList<>();
            for (int i = 1; i < behaviors.size(); i++) {
                entries.add(CodeBlock.of("$S, $L", patterns.get(i), behaviors.get(i)));
            }
            d.set("additionalBehaviors", "$T.of($>\n$L)$<", Map.class, CodeBlock.join(entries, ",\n"));
        }
        Map<String, Object> key = new LinkedHashMap<>();
        MappedSetters.apply(c, ctx, d, "AWS::CloudFront::Distribution", key, "priceClass");
        if (p.isSet("defaultRootObject")) {
            d.string("defaultRootObject", p.string("defaultRootObject"));
        }
        MappedSetters.apply(c, ctx, d, "AWS::CloudFront::Distribution", key, "httpVersion");
        for (Connection u : ctx.outgoingTo(c, ConnectionKind.USES, "aws.certificatemanager.certificate")) {
            if (ctx.hasVariable(u.to())) {
                UsEast1.require(ctx);
                d.set("certificate", ctx.ref(u.to()));
                List<String> aliases = p.strings("aliases").isEmpty()
                        ? List.of(ctx.props(ctx.component(u.to())).string("domainName", "www.example.com")) : p.strings("aliases");
                d.set("domainNames", Literals.strings(aliases));
                if (p.isSet("minimumProtocolVersion")) {
                    String version = p.string("minimumProtocolVersion").toUpperCase(java.util.Locale.ROOT).replace('.', '_');
                    version = version.startsWith("TLSV") ? "TLS_V" + version.substring(4) : version;
                    if (LibraryNames.hasConstant(SECURITY_POLICY.canonicalName(), version)) {
                        d.set("minimumProtocolVersion", Cdk.constant(SECURITY_POLICY, version));
                    }
                }
                ctx.handled(u);
                break;
            }
        }
        if (p.bool("accessLogging", false)) {
            d.bool("enableLogging", true);
        }
        if (p.isSet("ipv6")) {
            d.bool("enableIpv6", p.bool("ipv6", true));
        }
        for (Connection w : ctx.incomingFrom(c, ConnectionKind.PROTECTS, "aws.wafv2.webAcl")) {
            if (ctx.hasVariable(w.from())) {
                d.set("webAclId", WafConstructWriter.cloudFrontAclArn(ctx, ctx.component(w.from())));
                ctx.handled(w);
                break;
            }
        }
        if (p.bool("spaFallback", false)) {
            d.set("errorResponses", "$T.of($L, $L)", List.class,
                    Call.struct(ERROR_RESPONSE).number("httpStatus", 403).number("responseHttpStatus", 200).string("responsePagePath", "/index.html").build(),
                    Call.struct(ERROR_RESPONSE).number("httpStatus", 404).number("responseHttpStatus", 200).string("responsePagePath", "/index.html").build());
        }
        ctx.declare(c, DISTRIBUTION, d.build());
        ctx.expect(c, "AWS::CloudFront::Distribution", key);
    }

    private static CodeBlock cachePolicy(String name) {
        String constant = switch (name) {
            case "CachingDisabled" -> "CACHING_DISABLED";
            case "CachingOptimizedForUncompressedObjects" -> "CACHING_OPTIMIZED_FOR_UNCOMPRESSED_OBJECTS";
            case "UseOriginCacheControlHeaders" -> "USE_ORIGIN_CACHE_CONTROL_HEADERS";
            case "UseOriginCacheControlHeaders-QueryStrings" -> "USE_ORIGIN_CACHE_CONTROL_HEADERS_QUERY_STRINGS";
            case "Elemental-MediaPackage" -> "ELEMENTAL_MEDIA_PACKAGE";
            default -> "CACHING_OPTIMIZED";
        };
        if (!LibraryNames.hasConstant(CACHE_POLICY.canonicalName(), constant)) {
            constant = "CACHING_OPTIMIZED";
        }
        return Cdk.constant(CACHE_POLICY, constant);
    }

    private static CodeBlock origin(Component target, StackContext ctx) {
        boolean external = ExternalWriter.HTTP_ENDPOINT.equals(target.type());
        if (!external && !ctx.hasVariable(target.id())) {
            return null;
        }
        String v = ctx.var(target);
        return switch (target.type()) {
            case "aws.s3.bucket" -> CodeBlock.of("$T.withOriginAccessControl($N)", ClassName.get(ORIGINS, "S3BucketOrigin"), v);
            case "aws.apigateway.restApi" -> CodeBlock.of("new $T($N)", ClassName.get(ORIGINS, "RestApiOrigin"), v);
            case "aws.apigatewayv2.httpApi" -> CodeBlock.of("new $T($T.select(2, $T.split($S, $N.getApiEndpoint())))",
                    ClassName.get(ORIGINS, "HttpOrigin"), Cdk.FN, Cdk.FN, "/", v);
            case "aws.elbv2.applicationLoadBalancer" -> CodeBlock.of("new $T($N, $T.builder().protocolPolicy($T.HTTP_ONLY).build())",
                    ClassName.get(ORIGINS, "LoadBalancerV2Origin"), v, ClassName.get(ORIGINS, "LoadBalancerV2OriginProps"),
                    Cdk.of("cloudfront", "OriginProtocolPolicy"));
            case "aws.mediapackage.channel" -> CodeBlock.of("new $T($T.select(2, $T.split($S, $L)))", ClassName.get(ORIGINS, "HttpOrigin"),
                    Cdk.FN, Cdk.FN, "/", MediaConstructWriter.endpointUrl(ctx, target));
            case ExternalWriter.HTTP_ENDPOINT -> {
                java.net.URI uri = java.net.URI.create(ExternalWriter.url(target, ctx));
                yield CodeBlock.of("new $T($S)", ClassName.get(ORIGINS, "HttpOrigin"), uri.getHost() == null ? "example.com" : uri.getHost());
            }
            default -> null;
        };
    }
}
