package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

/** S3 buckets: versioning, public access, encryption, TLS-only policy, lifecycle, CORS, and their event notifications. */
final class S3ConstructWriter implements ConstructWriter {
    static final ClassName BUCKET = Cdk.of("s3", "Bucket");
    static final ClassName BLOCK_PUBLIC_ACCESS = Cdk.of("s3", "BlockPublicAccess");
    static final ClassName BUCKET_ENCRYPTION = Cdk.of("s3", "BucketEncryption");
    static final ClassName OBJECT_OWNERSHIP = Cdk.of("s3", "ObjectOwnership");
    static final ClassName LIFECYCLE_RULE = Cdk.of("s3", "LifecycleRule");
    static final ClassName CORS_RULE = Cdk.of("s3", "CorsRule");
    static final ClassName HTTP_METHODS = Cdk.of("s3", "HttpMethods");
    static final ClassName EVENT_TYPE = Cdk.of("s3", "EventType");
    static final ClassName KEY_FILTER = Cdk.of("s3", "NotificationKeyFilter");
    private static final String NOTIFICATIONS = Cdk.BASE + ".services.s3.notifications";

    @Override
    public List<String> types() {
        return List.of("aws.s3.bucket");
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        return Keys.prerequisites(c, ctx);
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        Map<String, Object> key = new LinkedHashMap<>();
        Call b = Call.construct(BUCKET, ctx.constructId(c));
        if (p.bool("versioned", false)) {
            b.bool("versioned", true);
            key.put("VersioningConfiguration", Map.of("Status", "Enabled"));
        }
        boolean website = p.bool("websiteHosting", false);
        if (website) {
            b.string("websiteIndexDocument", "index.html").string("websiteErrorDocument", "error.html");
        }
        if (p.bool("blockPublicAccess", true)) {
            b.set("blockPublicAccess", "$T.BLOCK_ALL", BLOCK_PUBLIC_ACCESS);
        }
        if (p.isExplicit("objectOwnership")) {
            b.set("objectOwnership", Cdk.constant(OBJECT_OWNERSHIP, LibraryNames.upperSnake(p.string("objectOwnership"))));
        }
        Optional<CodeBlock> kmsKey = Keys.key(c, ctx);
        if (kmsKey.isPresent()) {
            b.set("encryption", Cdk.constant(BUCKET_ENCRYPTION, "KMS")).set("encryptionKey", kmsKey.get()).bool("bucketKeyEnabled", true);
        } else if ("SSE_KMS".equals(p.string("encryption"))) {
            b.set("encryption", Cdk.constant(BUCKET_ENCRYPTION, "KMS_MANAGED"));
        } else {
            b.set("encryption", Cdk.constant(BUCKET_ENCRYPTION, "S3_MANAGED"));
        }
        if (p.bool("enforceSsl", false)) {
            b.bool("enforceSsl", true);
        }
        if (p.isSet("lifecycleExpirationDays")) {
            b.set("lifecycleRules", "$T.of($L)", List.class, Call.struct(LIFECYCLE_RULE)
                    .set("expiration", Cdk.days(p.integer("lifecycleExpirationDays", 1))).build());
        }
        if (!p.strings("corsAllowOrigins").isEmpty()) {
            b.set("cors", "$T.of($L)", List.class, Call.struct(CORS_RULE)
                    .set("allowedOrigins", Literals.strings(p.strings("corsAllowOrigins")))
                    .set("allowedMethods", "$T.of($T.GET, $T.PUT, $T.POST)", List.class, HTTP_METHODS, HTTP_METHODS, HTTP_METHODS)
                    .set("allowedHeaders", "$T.of($S)", List.class, "*")
                    .build());
        }
        boolean eventBridge = p.bool("eventBridgeEnabled", false)
                || !ctx.outgoingTo(c, ConnectionKind.PUBLISHES, "aws.events.eventBus").isEmpty();
        if (eventBridge) {
            b.bool("eventBridgeEnabled", true);
        }
        ctx.declare(c, BUCKET, b.build());
        ctx.expect(c, "AWS::S3::Bucket", key);
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        Component bucket = ctx.component(conn.from());
        Component target = ctx.component(conn.to());
        if (conn.kind() == ConnectionKind.PUBLISHES && "aws.events.eventBus".equals(target.type())) {
            ctx.comment("the bucket sends its events to the account's default bus (eventBridgeEnabled above)");
            return true;
        }
        if (conn.kind() != ConnectionKind.TRIGGERS || !ctx.hasVariable(target.id())) {
            return false;
        }
        ClassName destination = switch (target.type()) {
            case "aws.lambda.function" -> ClassName.get(NOTIFICATIONS, "LambdaDestination");
            case "aws.sqs.queue" -> ClassName.get(NOTIFICATIONS, "SqsDestination");
            case "aws.sns.topic" -> ClassName.get(NOTIFICATIONS, "SnsDestination");
            default -> null;
        };
        if (destination == null) {
            return false;
        }
        Props p = ctx.props(conn);
        List<CodeBlock> args = new ArrayList<>();
        args.add(CodeBlock.of("new $T($N)", destination, ctx.var(target)));
        if (p.isSet("prefix") || p.isSet("suffix")) {
            Call filter = Call.struct(KEY_FILTER);
            if (p.isSet("prefix")) {
                filter.string("prefix", p.string("prefix"));
            }
            if (p.isSet("suffix")) {
                filter.string("suffix", p.string("suffix"));
            }
            args.add(filter.build());
        }
        List<String> events = p.strings("events").isEmpty() ? List.of("s3:ObjectCreated:*") : p.strings("events");
        for (String event : events) {
            ctx.statement("$N.addEventNotification($L, $L)", ctx.var(bucket), eventType(event), CodeBlock.join(args, ", "));
        }
        return true;
    }

    /** {@code s3:ObjectCreated:*} → {@code EventType.OBJECT_CREATED}, {@code s3:ObjectRemoved:Delete} → {@code OBJECT_REMOVED_DELETE}. */
    static CodeBlock eventType(String event) {
        String[] parts = event.split(":");
        String name = parts.length > 1 ? LibraryNames.upperSnake(parts[1]) : "OBJECT_CREATED";
        if (parts.length > 2 && !"*".equals(parts[2])) {
            name = name + "_" + LibraryNames.upperSnake(parts[2]);
        }
        if (!LibraryNames.hasConstant(EVENT_TYPE.canonicalName(), name)) {
            name = "OBJECT_CREATED";
        }
        return Cdk.constant(EVENT_TYPE, name);
    }
}
