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
 * Firehose delivery streams: direct put or fed by a Kinesis stream, delivering to the bucket or HTTP
 * endpoint they write to (a private archive bucket of their own when they write nowhere), optionally
 * transforming records with a function.
 */
final class FirehoseEmitter implements Emitter {
    static final String DELIVERY_STREAM = "aws.kinesisfirehose.deliveryStream";

    @Override
    public List<String> types() {
        return List.of(DELIVERY_STREAM);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource d = ctx.add(c, "AWS::KinesisFirehose::DeliveryStream");
        Object role = ctx.roleArn(c);
        Connection source = null;
        for (Connection in : ctx.incoming(c, ConnectionKind.TRIGGERS)) {
            if (KinesisEmitter.STREAM.equals(ctx.component(in.from()).type())) {
                source = in;
                break;
            }
        }
        if (source != null) {
            d.put("DeliveryStreamType", "KinesisStreamAsSource");
            d.put("KinesisStreamSourceConfiguration", Fn.map(
                    "KinesisStreamARN", Fn.getAtt(ctx.id(source.from()), "Arn"),
                    "RoleARN", role));
            Component stream = ctx.component(source.from());
            if ("KMS".equals(ctx.props(stream).string("encryption")) || Kms.key(ctx, stream).isPresent()) {
                ctx.nag().suppress(d, "encryptedStreamSource", stream.name());
            }
        } else {
            d.put("DeliveryStreamType", "DirectPut");
            var key = Kms.key(ctx, c);
            if (key.isPresent()) {
                d.put("DeliveryStreamEncryptionConfigurationInput", Fn.map(
                        "KeyType", "CUSTOMER_MANAGED_CMK", "KeyARN", Fn.getAtt(ctx.id(key.get()), "Arn")));
            } else if (p.bool("encryption", false)) {
                d.put("DeliveryStreamEncryptionConfigurationInput", Fn.map("KeyType", "AWS_OWNED_CMK"));
            }
        }
        Map<String, Object> buffering = Fn.map("IntervalInSeconds", p.integer("bufferingInterval"),
                "SizeInMBs", p.integer("bufferingSize"));
        Map<String, Object> processing = processing(c, ctx);
        Connection destination = null;
        for (Connection w : ctx.outgoing(c, ConnectionKind.WRITES)) {
            if (isDestination(ctx.component(w.to()))) {
                destination = w;
                break;
            }
        }
        if (destination != null && "external.httpEndpoint".equals(ctx.component(destination.to()).type())) {
            Component endpoint = ctx.component(destination.to());
            Resource backup = S3Emitter.ownBucket(ctx, c, "BackupBucket");
            grantBucket(ctx, c, backup.logicalId());
            d.put("HttpEndpointDestinationConfiguration", Fn.map(
                    "EndpointConfiguration", Fn.map("Url", ctx.reference(endpoint, "url"), "Name", ctx.id(endpoint)),
                    "BufferingHints", buffering,
                    "RoleARN", role,
                    "S3BackupMode", "FailedDataOnly",
                    "S3Configuration", Fn.map("BucketARN", Fn.getAtt(backup.logicalId(), "Arn"), "RoleARN", role),
                    "ProcessingConfiguration", processing));
        } else {
            Object bucketArn;
            if (destination != null) {
                bucketArn = Fn.getAtt(ctx.id(destination.to()), "Arn");
            } else {
                Resource archive = S3Emitter.ownBucket(ctx, c, "ArchiveBucket");
                grantBucket(ctx, c, archive.logicalId());
                bucketArn = Fn.getAtt(archive.logicalId(), "Arn");
            }
            d.put("ExtendedS3DestinationConfiguration", Fn.map(
                    "BucketARN", bucketArn,
                    "RoleARN", role,
                    "BufferingHints", buffering,
                    "CompressionFormat", p.string("compression"),
                    "Prefix", p.string("prefix"),
                    "ErrorOutputPrefix", p.string("errorOutputPrefix"),
                    "ProcessingConfiguration", processing));
        }
        // Firehose checks its role's permissions when the stream is created
        d.dependsOn(ctx.iam().policyId(c.id()));
        ctx.output(c, "Name", Fn.ref(ctx.id(c)), "Delivery stream name");
    }

    private static Map<String, Object> processing(Component c, ExportContext ctx) {
        for (Connection i : ctx.outgoing(c, ConnectionKind.INVOKES)) {
            Component fn = ctx.component(i.to());
            if (LambdaEmitter.FUNCTION.equals(fn.type())) {
                return Fn.map("Enabled", true, "Processors", List.of(Fn.map(
                        "Type", "Lambda",
                        "Parameters", List.of(Fn.map("ParameterName", "LambdaArn",
                                "ParameterValue", Fn.getAtt(ctx.id(fn), "Arn"))))));
            }
        }
        return null;
    }

    /** The permissions Firehose needs on a bucket it owns (the table covers buckets of the design). */
    private static void grantBucket(ExportContext ctx, Component c, String bucketId) {
        ctx.iam().allow(c.id(), "DeliverTo" + bucketId,
                List.of("s3:AbortMultipartUpload", "s3:GetObject", "s3:PutObject"),
                List.of(Fn.concat(Fn.getAtt(bucketId, "Arn"), "/*")), null);
        ctx.iam().allow(c.id(), "ListBucket" + bucketId,
                List.of("s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"),
                List.of(Fn.getAtt(bucketId, "Arn")), null);
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return switch (form) {
            case "arn" -> Fn.getAtt(ctx.id(c), "Arn");
            case "name" -> Fn.ref(ctx.id(c));
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("NAME", Fn.ref(ctx.id(c)));
    }

    private static boolean isDestination(Component target) {
        return S3Emitter.BUCKET.equals(target.type()) || "external.httpEndpoint".equals(target.type());
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        Component target = ctx.component(conn.to());
        return conn.kind() == ConnectionKind.WRITES && isDestination(target)
                || conn.kind() == ConnectionKind.INVOKES && LambdaEmitter.FUNCTION.equals(target.type());
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.TRIGGERS;
    }
}
