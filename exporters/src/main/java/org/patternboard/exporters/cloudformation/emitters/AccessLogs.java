package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;

/**
 * The template's access-log bucket: every other bucket writes its server access logs there (cdk-nag S1), and so
 * do load balancers and CloudFront distributions that turn access logs on. One per template, created on first use;
 * it is private, encrypted with S3-managed keys (the only encryption log delivery supports), refuses requests
 * without TLS and admits only the log delivery services of this account. It does not log into itself, which
 * cdk-nag is told with the reason from cdk-nag.json.
 */
final class AccessLogs {
    private static final String STATE = "access-logs";
    private static final String CLOUDFRONT_STATE = "access-logs/cloudfront";

    private AccessLogs() {
    }

    /** Logical id of the access-log bucket, created on first use. */
    static String bucket(ExportContext ctx) {
        return ctx.state(STATE, () -> {
            Resource b = ctx.template().add(ctx.sharedId("AccessLogsBucket"), "AWS::S3::Bucket").retention("Retain");
            S3Emitter.configure(b, ctx, null, false, true, "BucketOwnerEnforced");
            ctx.nag().suppress(b, "accessLogBucket");
            String id = b.logicalId();
            Resource policy = ctx.template().add(ctx.sharedId("AccessLogsBucketPolicy"), "AWS::S3::BucketPolicy");
            policy.put("Bucket", Fn.ref(id));
            policy.put("PolicyDocument", ResourcePolicyDocuments.document(List.of(
                    S3Emitter.denyWithoutTls(ctx, id),
                    Fn.map("Sid", "S3ServerAccessLogs", "Effect", "Allow",
                            "Principal", Fn.map("Service", "logging.s3.amazonaws.com"),
                            "Action", "s3:PutObject",
                            "Resource", Fn.concat(Fn.getAtt(id, "Arn"), "/s3/*"),
                            "Condition", Fn.map("StringEquals", Fn.map("aws:SourceAccount", Fn.ref("AWS::AccountId")))),
                    Fn.map("Sid", "LogDeliveryWrite", "Effect", "Allow",
                            "Principal", Fn.map("Service", "delivery.logs.amazonaws.com"),
                            "Action", "s3:PutObject",
                            "Resource", Fn.concat(Fn.getAtt(id, "Arn"), "/elb/*"),
                            "Condition", Fn.map("StringEquals", Fn.map("aws:SourceAccount", Fn.ref("AWS::AccountId"),
                                    "s3:x-amz-acl", "bucket-owner-full-control"))),
                    Fn.map("Sid", "LogDeliveryAclCheck", "Effect", "Allow",
                            "Principal", Fn.map("Service", "delivery.logs.amazonaws.com"),
                            "Action", "s3:GetBucketAcl",
                            "Resource", Fn.getAtt(id, "Arn"),
                            "Condition", Fn.map("StringEquals", Fn.map("aws:SourceAccount", Fn.ref("AWS::AccountId")))))));
            return id;
        });
    }

    /** Turns on server access logs of {@code bucket}, under {@code s3/<its logical id>/}. */
    static void serverAccessLogs(Resource bucket, ExportContext ctx) {
        String logs = bucket(ctx);
        bucket.put("LoggingConfiguration", Fn.map("DestinationBucketName", Fn.ref(logs),
                "LogFilePrefix", "s3/" + bucket.logicalId() + "/"));
    }

    /** The prefix load balancer logs go to (delivery.logs.amazonaws.com may write there). */
    static String loadBalancerPrefix(Resource lb) {
        return "elb/" + lb.logicalId();
    }

    /**
     * The bucket CloudFront standard logs go to. CloudFront delivers them with ACLs, which the access-log bucket
     * disables, so it is a bucket of its own (ACLs enabled, owner preferred), itself logged to the access-log bucket.
     */
    static String cloudFrontBucket(ExportContext ctx) {
        return ctx.state(CLOUDFRONT_STATE, () -> {
            Resource b = ctx.template().add(ctx.sharedId("CloudFrontLogsBucket"), "AWS::S3::Bucket").retention("Retain");
            S3Emitter.configure(b, ctx, null, false, true, "BucketOwnerPreferred");
            serverAccessLogs(b, ctx);
            String id = b.logicalId();
            Resource policy = ctx.template().add(ctx.sharedId("CloudFrontLogsBucketPolicy"), "AWS::S3::BucketPolicy");
            policy.put("Bucket", Fn.ref(id));
            policy.put("PolicyDocument", ResourcePolicyDocuments.document(List.of(S3Emitter.denyWithoutTls(ctx, id))));
            return id;
        });
    }
}
