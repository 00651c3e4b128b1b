package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.core.ResourcePolicies;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/** SQS queues: encryption, redrive to a dead-letter queue, and the queue policy for AWS services. */
final class SqsEmitter implements Emitter {
    static final String QUEUE = "aws.sqs.queue";
    /** AWS recommends a visibility timeout of six times the consumer's timeout. */
    private static final long TIMEOUT_FACTOR = 6;

    @Override
    public List<String> types() {
        return List.of(QUEUE);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource q = ctx.add(c, "AWS::SQS::Queue").retention("Delete");
        MappedProperties.emit(c, q, p, ctx, "fifo");
        if (p.bool("fifo", false)) {
            MappedProperties.emit(c, q, p, ctx, "contentBasedDeduplication");
        }
        q.put("VisibilityTimeout", visibilityTimeout(c, ctx, p));
        MappedProperties.emit(c, q, p, ctx, "messageRetention", "receiveWaitTime", "delaySeconds");
        switch (p.string("encryption")) {
            case "KMS" -> q.put("KmsMasterKeyId", Kms.keyOrAlias(ctx, c, "alias/aws/sqs"));
            case "NONE" -> q.put("SqsManagedSseEnabled", false);
            default -> q.put("SqsManagedSseEnabled", true);
        }
        for (Connection f : ctx.outgoing(c, ConnectionKind.FAILS_TO)) {
            Component dlq = ctx.component(f.to());
            long maxReceive = ctx.props(f).isSet("maxReceiveCount") || !p.isSet("maxReceiveCount")
                    ? ctx.props(f).integer("maxReceiveCount") : p.integer("maxReceiveCount");
            q.put("RedrivePolicy", Fn.map("deadLetterTargetArn", Fn.getAtt(ctx.id(dlq), "Arn"),
                    "maxReceiveCount", maxReceive));
            break;
        }
        List<Connection> failures = ctx.incoming(c, ConnectionKind.FAILS_TO);
        if (!failures.isEmpty() && !q.properties().containsKey("RedrivePolicy")) {
            // a dead-letter queue keeps what failed elsewhere; cdk-nag SQS3 asks every queue for one of its own
            ctx.nag().suppress(q, "deadLetterQueue", String.join(", ", failures.stream()
                    .map(f -> ctx.component(f.from()).name()).distinct().toList()));
        }
        ctx.output(c, "Url", Fn.ref(ctx.id(c)), "Queue URL");
    }

    /** Unset: at least six times the timeout of the functions it triggers (Lambda refuses less). */
    private static long visibilityTimeout(Component c, ExportContext ctx, Props p) {
        long v = p.integer("visibilityTimeout");
        if (p.isSet("visibilityTimeout")) {
            return v;
        }
        for (Connection t : ctx.outgoing(c, ConnectionKind.TRIGGERS)) {
            Component target = ctx.component(t.to());
            if (LambdaEmitter.FUNCTION.equals(target.type())) {
                v = Math.max(v, Math.min(43200, TIMEOUT_FACTOR * ctx.props(target).integer("timeout")));
            }
        }
        return v;
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return switch (form) {
            case "arn" -> Fn.getAtt(ctx.id(c), "Arn");
            case "url" -> Fn.ref(ctx.id(c));
            case "name" -> Fn.getAtt(ctx.id(c), "QueueName");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("URL", Fn.ref(ctx.id(c)));
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        // the redrive policy is part of the queue
        return conn.kind() == ConnectionKind.FAILS_TO;
    }

    @Override
    public void finish(Component c, ExportContext ctx) {
        List<Object> statements = ResourcePolicyDocuments.statements(ctx, c);
        // every queue refuses requests without TLS (cdk-nag SQS4), whether or not AWS services send to it
        statements.add(TlsOnly.deny("sqs:*", Fn.getAtt(ctx.id(c), "Arn")));
        Resource policy = ctx.template().add(ResourcePolicies.policyId(ctx, c), "AWS::SQS::QueuePolicy");
        ctx.tag(policy, c);
        policy.put("Queues", List.of(Fn.ref(ctx.id(c))));
        policy.put("PolicyDocument", ResourcePolicyDocuments.document(statements));
    }
}
