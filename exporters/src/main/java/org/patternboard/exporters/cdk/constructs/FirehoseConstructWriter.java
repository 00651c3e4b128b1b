package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Firehose streams. aws-cdk-lib has only the L1 construct at this version, so the stream is a
 * {@code CfnDeliveryStream} with an L2 role that the grants fill: the destination bucket (a bucket the design
 * {@code writes} to, or one of its own), the source stream, the transformation function.
 */
final class FirehoseConstructWriter implements ConstructWriter {
    static final ClassName DELIVERY_STREAM = Cdk.of("kinesisfirehose", "CfnDeliveryStream");
    static final ClassName ROLE = Cdk.of("iam", "Role");
    static final ClassName SERVICE_PRINCIPAL = Cdk.of("iam", "ServicePrincipal");
    private static final String TYPE = "aws.kinesisfirehose.deliveryStream";

    private static ClassName nested(String inner) {
        return Cdk.nested("kinesisfirehose", "CfnDeliveryStream", inner);
    }

    @Override
    public List<String> types() {
        return List.of(TYPE);
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>(Keys.prerequisites(c, ctx));
        ctx.incomingFrom(c, ConnectionKind.TRIGGERS, "aws.kinesis.stream").forEach(t -> pre.add(t.from()));
        ctx.outgoingTo(c, ConnectionKind.WRITES, "aws.s3.bucket").forEach(w -> pre.add(w.to()));
        ctx.outgoingTo(c, ConnectionKind.INVOKES, "aws.lambda.function").forEach(i -> pre.add(i.to()));
        return pre;
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        String role = ctx.local(ROLE, ctx.var(c) + "Role", Call.construct(ROLE, ctx.newConstructId(ctx.constructId(c) + "Role"))
                .set("assumedBy", "new $T($S)", SERVICE_PRINCIPAL, "firehose.amazonaws.com").build());
        Call d = Call.construct(DELIVERY_STREAM, ctx.constructId(c));
        Map<String, Object> key = new LinkedHashMap<>();
        Connection source = ctx.incomingFrom(c, ConnectionKind.TRIGGERS, "aws.kinesis.stream").stream()
                .filter(t -> ctx.hasVariable(t.from())).findFirst().orElse(null);
        if (source != null) {
            d.string("deliveryStreamType", "KinesisStreamAsSource");
            d.set("kinesisStreamSourceConfiguration", Call.struct(nested("KinesisStreamSourceConfigurationProperty"))
                    .set("kinesisStreamArn", "$N.getStreamArn()", ctx.var(source.from()))
                    .set("roleArn", "$N.getRoleArn()", role).build());
            ctx.statement("$N.grantRead($N)", ctx.var(source.from()), role);
            ctx.handled(source);
            key.put("DeliveryStreamType", "KinesisStreamAsSource");
        } else {
            d.string("deliveryStreamType", "DirectPut");
            key.put("DeliveryStreamType", "DirectPut");
            Optional<CodeBlock> kmsKey = Keys.key(c, ctx);
            if (kmsKey.isPresent()) {
                d.set("deliveryStreamEncryptionConfigurationInput", Call.struct(nested("DeliveryStreamEncryptionConfigurationInputProperty"))
                        .string("keyType", "CUSTOMER_MANAGED_CMK").set("keyArn", "$L.getKeyArn()", kmsKey.get()).build());
                ctx.statement("$L.grantEncryptDecrypt($N)", kmsKey.get(), role);
            } else if (p.bool("encryption", false)) {
                d.set("deliveryStreamEncryptionConfigurationInput", Call.struct(nested("DeliveryStreamEncryptionConfigurationInputProperty"))
                        .string("keyType", "AWS_OWNED_CMK").build());
            }
        }
        CodeBlock buffering = Call.struct(nested("BufferingHintsProperty"))
                .number("intervalInSeconds", p.integer("bufferingInterval", 300))
                .number("sizeInMBs", p.integer("bufferingSize", 5)).build();
        CodeBlock processing = null;
        for (Connection i : ctx.outgoingTo(c, ConnectionKind.INVOKES, "aws.lambda.function")) {
            if (ctx.hasVariable(i.to())) {
                processing = Call.struct(nested("ProcessingConfigurationProperty")).bool("enabled", true)
                        .set("processors", "$T.of($L)", List.class, Call.struct(nested("ProcessorProperty")).string("type", "Lambda")
                                .set("parameters", "$T.of($L)", List.class, Call.struct(nested("ProcessorParameterProperty"))
                                        .string("parameterName", "LambdaArn")
                                        .set("parameterValue", "$N.getFunctionArn()", ctx.var(i.to())).build())
                                .build())
                        .build();
                ctx.statement("$N.grantInvoke($N)", ctx.var(i.to()), role);
                ctx.handled(i);
                break;
            }
        }
        Connection http = ctx.outgoingTo(c, ConnectionKind.WRITES, "external.httpEndpoint").stream().findFirst().orElse(null);
        Connection bucketWrite = ctx.outgoingTo(c, ConnectionKind.WRITES, "aws.s3.bucket").stream()
                .filter(w -> ctx.hasVariable(w.to())).findFirst().orElse(null);
        String bucket;
        if (bucketWrite != null && http == null) {
            bucket = ctx.var(bucketWrite.to());
            ctx.handled(bucketWrite);
        } else {
            bucket = ctx.local(S3ConstructWriter.BUCKET, ctx.var(c) + (http != null ? "Backup" : "Archive"),
                    Call.construct(S3ConstructWriter.BUCKET, ctx.newConstructId(ctx.constructId(c) + (http != null ? "Backup" : "Archive")))
                            .set("encryption", "$T.S3_MANAGED", S3ConstructWriter.BUCKET_ENCRYPTION)
                            .set("blockPublicAccess", "$T.BLOCK_ALL", S3ConstructWriter.BLOCK_PUBLIC_ACCESS)
                            .bool("enforceSsl", true).build());
        }
        ctx.statement("$N.grantReadWrite($N)", bucket, role);
        if (http != null) {
            Component endpoint = ctx.component(http.to());
            Call dest = Call.struct(nested("HttpEndpointDestinationConfigurationProperty"))
                    .set("endpointConfiguration", Call.struct(nested("HttpEndpointConfigurationProperty"))
                            .string("url", ExternalWriter.url(endpoint, ctx).replace("http://", "https://"))
                            .string("name", Text.cut(ctx.constructId(endpoint), 256)).build())
                    .set("bufferingHints", buffering)
                    .set("roleArn", "$N.getRoleArn()", role)
                    .string("s3BackupMode", "FailedDataOnly")
                    .set("s3Configuration", Call.struct(nested("S3DestinationConfigurationProperty"))
                            .set("bucketArn", "$N.getBucketArn()", bucket)
                            .set("roleArn", "$N.getRoleArn()", role).build());
            if (processing != null) {
                dest.set("processingConfiguration", processing);
            }
            d.set("httpEndpointDestinationConfiguration", dest.build());
            ctx.handled(http);
        } else {
            Call dest = Call.struct(nested("ExtendedS3DestinationConfigurationProperty"))
                    .set("bucketArn", "$N.getBucketArn()", bucket)
                    .set("roleArn", "$N.getRoleArn()", role)
                    .set("bufferingHints", buffering)
                    .string("compressionFormat", p.string("compression", "UNCOMPRESSED"));
            if (p.isSet("prefix")) {
                dest.string("prefix", p.string("prefix"));
            }
            if (p.isSet("errorOutputPrefix")) {
                dest.string("errorOutputPrefix", p.string("errorOutputPrefix"));
            }
            if (processing != null) {
                dest.set("processingConfiguration", processing);
            }
            d.set("extendedS3DestinationConfiguration", dest.build());
        }
        ctx.declare(c, DELIVERY_STREAM, d.build());
        // Firehose checks its role's permissions when the stream is created
        ctx.statement("$N.getNode().addDependency($N)", ctx.var(c), role);
        ctx.expect(c, "AWS::KinesisFirehose::DeliveryStream", key);
        ctx.shared("firehoseRole:" + c.id(), () -> role);
    }

    /** An SNS subscription delivering to the stream, with a role SNS assumes to write to it. */
    static void subscribe(Connection conn, Component topic, Component stream, StackContext ctx) {
        String role = ctx.local(ROLE, ctx.var(topic) + "To" + ctx.constructId(stream) + "Role",
                Call.construct(ROLE, ctx.newConstructId(ctx.constructId(topic) + "To" + ctx.constructId(stream) + "Role"))
                        .set("assumedBy", "new $T($S)", SERVICE_PRINCIPAL, "sns.amazonaws.com").build());
        ctx.statement("$T.addToPrincipal($L)", Grants.GRANT, Call.struct(Grants.GRANT_ON_PRINCIPAL)
                .set("grantee", CodeBlock.of("$N", role))
                .set("actions", "$T.of($S, $S, $S)", List.class, "firehose:DescribeDeliveryStream", "firehose:PutRecord", "firehose:PutRecordBatch")
                .set("resourceArns", "$T.of($N.getAttrArn())", List.class, ctx.var(stream)).build());
        Call sub = Call.construct(Cdk.of("sns", "Subscription"), ctx.newConstructId(ctx.constructId(topic) + "To" + ctx.constructId(stream)))
                .set("topic", ctx.ref(topic))
                .set("protocol", "$T.FIREHOSE", Cdk.of("sns", "SubscriptionProtocol"))
                .set("endpoint", "$N.getAttrArn()", ctx.var(stream))
                .set("subscriptionRoleArn", "$N.getRoleArn()", role);
        if (ctx.props(conn).bool("rawMessageDelivery", false)) {
            sub.bool("rawMessageDelivery", true);
        }
        ctx.statement(sub.buildStatement());
        ctx.expectConnection(conn, "AWS::SNS::Subscription", java.util.Map.of("Protocol", "firehose"));
    }

    @Override
    public boolean wireTo(Connection conn, StackContext ctx) {
        Component from = ctx.component(conn.from());
        Component stream = ctx.component(conn.to());
        if (!ctx.hasVariable(stream.id())) {
            return false;
        }
        // services that deliver to the stream get their grant on its ARN
        if ((conn.kind() == ConnectionKind.ROUTES || conn.kind() == ConnectionKind.TRIGGERS) && "aws.events.rule".equals(from.type())) {
            return false;
        }
        return false;
    }
}
