package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.core.ResourcePolicies;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * S3 buckets: encryption, public access blocked, ACLs off, notifications to functions, queues and topics
 * (each waiting for the target's permission), and a bucket policy that denies plain HTTP and admits
 * CloudFront through origin access control.
 */
final class S3Emitter implements Emitter {
    static final String BUCKET = "aws.s3.bucket";

    @Override
    public List<String> types() {
        return List.of(BUCKET);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource b = ctx.add(c, "AWS::S3::Bucket").retention("Retain");
        if (notifies(c, ctx)) {
            b.put("BucketName", name(c, ctx));
        }
        configure(b, ctx, Kms.key(ctx, c).map(k -> Fn.getAtt(ctx.id(k), "Arn")).orElse(null),
                "SSE_KMS".equals(p.string("encryption")), p.bool("blockPublicAccess", true), p.string("objectOwnership"));
        AccessLogs.serverAccessLogs(b, ctx);
        if (p.bool("versioned", false)) {
            b.put("VersioningConfiguration", Fn.map("Status", "Enabled"));
        }
        if (p.integer("lifecycleExpirationDays") != null) {
            b.put("LifecycleConfiguration", Fn.map("Rules", List.of(Fn.map(
                    "Id", "ExpireObjects", "Status", "Enabled", "ExpirationInDays", p.integer("lifecycleExpirationDays")))));
        }
        if (!p.list("corsAllowOrigins").isEmpty()) {
            b.put("CorsConfiguration", Fn.map("CorsRules", List.of(Fn.map(
                    "AllowedOrigins", p.list("corsAllowOrigins"),
                    "AllowedMethods", List.of("GET", "HEAD", "PUT", "POST"),
                    "AllowedHeaders", List.of("*"),
                    "MaxAge", 3000L))));
        }
        if (p.bool("websiteHosting", false)) {
            b.put("WebsiteConfiguration", Fn.map("IndexDocument", "index.html", "ErrorDocument", "error.html"));
        }
        notifications(c, ctx, p, b);
        ctx.output(c, "Name", Fn.ref(ctx.id(c)), "Bucket name");
    }

    /**
     * Whether the bucket notifies functions, queues or topics. Such a bucket waits for their permissions,
     * and those permissions name the bucket: so the bucket gets a name the template can compute without
     * referring to it (no circular dependency).
     */
    static boolean notifies(Component c, ExportContext ctx) {
        return !ctx.outgoing(c, ConnectionKind.TRIGGERS).isEmpty();
    }

    /** A globally unique, valid bucket name: the lower-cased logical id and a piece of the stack's id. */
    static Object name(Component c, ExportContext ctx) {
        String base = Support.lower(ctx.id(c));
        base = base.length() > 40 ? base.substring(0, 40) : base;
        return Fn.join("-", List.of(base, Fn.select(0, Fn.split("-", Fn.select(2, Fn.split("/", Fn.ref("AWS::StackId")))))));
    }

    /** Encryption, public access block and object ownership: shared with buckets other emitters create. */
    static void configure(Resource b, ExportContext ctx, Object kmsKeyArn, boolean kms, boolean blockPublic, String ownership) {
        Map<String, Object> sse = kmsKeyArn != null || kms
                ? Fn.map("SSEAlgorithm", "aws:kms", "KMSMasterKeyID", kmsKeyArn)
                : Fn.map("SSEAlgorithm", "AES256");
        Map<String, Object> rule = Fn.map("ServerSideEncryptionByDefault", sse);
        if (kmsKeyArn != null || kms) {
            rule.put("BucketKeyEnabled", true);
        }
        b.put("BucketEncryption", Fn.map("ServerSideEncryptionConfiguration", List.of(rule)));
        if (blockPublic) {
            b.put("PublicAccessBlockConfiguration", Fn.map(
                    "BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true));
        }
        b.put("OwnershipControls", Fn.map("Rules", List.of(Fn.map("ObjectOwnership",
                ownership == null ? "BucketOwnerEnforced" : ownership))));
    }

    /** A private, encrypted bucket that belongs to another component (delivery archives, CloudFront content). */
    static Resource ownBucket(ExportContext ctx, Component owner, String suffix) {
        Resource b = ctx.add(owner, suffix, "AWS::S3::Bucket").retention("Retain");
        configure(b, ctx, null, false, true, "BucketOwnerEnforced");
        AccessLogs.serverAccessLogs(b, ctx);
        return b;
    }

    private static void notifications(Component c, ExportContext ctx, Props p, Resource b) {
        List<Object> lambdas = new ArrayList<>();
        List<Object> queues = new ArrayList<>();
        List<Object> topics = new ArrayList<>();
        for (Connection t : ctx.outgoing(c, ConnectionKind.TRIGGERS)) {
            Component target = ctx.component(t.to());
            Props cp = ctx.props(t);
            Map<String, Object> filter = filter(cp);
            for (Object event : cp.list("events")) {
                switch (target.type()) {
                    case LambdaEmitter.FUNCTION -> {
                        lambdas.add(Fn.map("Event", event, "Function", Fn.getAtt(ctx.id(target), "Arn"), "Filter", filter));
                        b.dependsOn(ResourcePolicies.permissionId(ctx, t));
                    }
                    case SqsEmitter.QUEUE -> {
                        queues.add(Fn.map("Event", event, "Queue", Fn.getAtt(ctx.id(target), "Arn"), "Filter", filter));
                        b.dependsOn(ResourcePolicies.policyId(ctx, target));
                    }
                    case SnsEmitter.TOPIC -> {
                        topics.add(Fn.map("Event", event, "Topic", Fn.ref(ctx.id(target)), "Filter", filter));
                        b.dependsOn(ResourcePolicies.topicPolicyId(ctx, target));
                    }
                    default -> throw new IllegalStateException("bucket notification to " + target.type());
                }
            }
        }
        boolean eventBridge = p.bool("eventBridgeEnabled", false) || !ctx.outgoing(c, ConnectionKind.PUBLISHES).isEmpty();
        if (lambdas.isEmpty() && queues.isEmpty() && topics.isEmpty() && !eventBridge) {
            return;
        }
        Map<String, Object> config = Fn.map(
                "EventBridgeConfiguration", eventBridge ? Fn.map("EventBridgeEnabled", true) : null,
                "LambdaConfigurations", lambdas.isEmpty() ? null : lambdas,
                "QueueConfigurations", queues.isEmpty() ? null : queues,
                "TopicConfigurations", topics.isEmpty() ? null : topics);
        b.put("NotificationConfiguration", config);
    }

    private static Map<String, Object> filter(Props cp) {
        List<Object> rules = new ArrayList<>();
        if (cp.string("prefix") != null && !cp.string("prefix").isEmpty()) {
            rules.add(Fn.map("Name", "prefix", "Value", cp.string("prefix")));
        }
        if (cp.string("suffix") != null && !cp.string("suffix").isEmpty()) {
            rules.add(Fn.map("Name", "suffix", "Value", cp.string("suffix")));
        }
        return rules.isEmpty() ? null : Fn.map("S3Key", Fn.map("Rules", rules));
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return reference(c, form, null, ctx);
    }

    @Override
    public Object reference(Component c, String form, Connection via, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (form) {
            case "arn" -> arn(c, ctx);
            case "objects" -> {
                String prefix = via == null ? null : ctx.props(via).string("prefix");
                yield Fn.concat(arn(c, ctx), "/" + (prefix == null ? "" : prefix) + "*");
            }
            case "name" -> notifies(c, ctx) ? name(c, ctx) : Fn.ref(id);
            case "domainName" -> Fn.getAtt(id, "RegionalDomainName");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    private static Object arn(Component c, ExportContext ctx) {
        return notifies(c, ctx) ? Fn.concat("arn:", Fn.partition(), ":s3:::", name(c, ctx))
                : Fn.getAtt(ctx.id(c), "Arn");
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("NAME", reference(c, "name", ctx));
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        // notifications are part of the bucket (see notifications)
        return conn.kind() == ConnectionKind.TRIGGERS || conn.kind() == ConnectionKind.PUBLISHES;
    }

    @Override
    public void finish(Component c, ExportContext ctx) {
        List<Object> statements = ResourcePolicyDocuments.statements(ctx, c);
        if (ctx.props(c).bool("enforceSsl", false)) {
            statements.add(0, denyWithoutTls(ctx, ctx.id(c)));
        }
        if (statements.isEmpty()) {
            return;
        }
        Resource policy = ctx.template().add(ResourcePolicies.policyId(ctx, c), "AWS::S3::BucketPolicy");
        ctx.tag(policy, c);
        policy.put("Bucket", Fn.ref(ctx.id(c)));
        policy.put("PolicyDocument", ResourcePolicyDocuments.document(statements));
    }

    static Map<String, Object> denyWithoutTls(ExportContext ctx, String bucketId) {
        return TlsOnly.deny("s3:*", TlsOnly.bucketResources(bucketId));
    }
}
