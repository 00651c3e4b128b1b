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

/** SQS queues, with their dead-letter queue (a {@code failsTo} queue) and encryption. */
final class SqsConstructWriter implements ConstructWriter {
    static final ClassName QUEUE = Cdk.of("sqs", "Queue");
    static final ClassName DEAD_LETTER_QUEUE = Cdk.of("sqs", "DeadLetterQueue");
    static final ClassName QUEUE_ENCRYPTION = Cdk.of("sqs", "QueueEncryption");
    static final long TIMEOUT_FACTOR = 6;

    @Override
    public List<String> types() {
        return List.of("aws.sqs.queue");
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>(Keys.prerequisites(c, ctx));
        ctx.outgoingTo(c, ConnectionKind.FAILS_TO, "aws.sqs.queue").stream().findFirst().ifPresent(f -> pre.add(f.to()));
        return pre;
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        Call q = Call.construct(QUEUE, ctx.constructId(c)).bool("enforceSsl", true);
        Map<String, Object> key = new LinkedHashMap<>();
        MappedSetters.apply(c, ctx, q, "AWS::SQS::Queue", key, "fifo");
        if (p.bool("fifo", false)) {
            MappedSetters.apply(c, ctx, q, "AWS::SQS::Queue", key, "contentBasedDeduplication");
        }
        long visibility = visibilityTimeout(c, ctx, p);
        q.set("visibilityTimeout", Cdk.duration(visibility));
        key.put("VisibilityTimeout", visibility);
        MappedSetters.apply(c, ctx, q, "AWS::SQS::Queue", key, "messageRetention", "receiveWaitTime", "delaySeconds");
        Optional<CodeBlock> kmsKey = Keys.key(c, ctx);
        if (kmsKey.isPresent()) {
            q.set("encryption", Cdk.constant(QUEUE_ENCRYPTION, "KMS")).set("encryptionMasterKey", kmsKey.get());
        } else if (p.isExplicit("encryption")) {
            String e = p.string("encryption");
            q.set("encryption", Cdk.constant(QUEUE_ENCRYPTION,
                    "KMS".equals(e) ? "KMS_MANAGED" : "NONE".equals(e) ? "UNENCRYPTED" : "SQS_MANAGED"));
        }
        for (Connection f : ctx.outgoingTo(c, ConnectionKind.FAILS_TO, "aws.sqs.queue")) {
            if (ctx.hasVariable(f.to())) {
                long maxReceive = ctx.props(f).isSet("maxReceiveCount") ? ctx.props(f).integer("maxReceiveCount", 3)
                        : p.integer("maxReceiveCount", ctx.props(f).integer("maxReceiveCount", 3));
                q.set("deadLetterQueue", Call.struct(DEAD_LETTER_QUEUE)
                        .set("queue", ctx.ref(f.to()))
                        .number("maxReceiveCount", maxReceive)
                        .build());
                key.put("RedrivePolicy", Map.of("maxReceiveCount", maxReceive));
                ctx.handled(f);
            } else {
                ctx.comment(f.id() + ": dead-letter queue left out, it closes a cycle of dead-letter queues");
            }
            break;
        }
        ctx.declare(c, QUEUE, q.build());
        ctx.expect(c, "AWS::SQS::Queue", key);
    }

    /**
     * The design's value; unset, at least {@value #TIMEOUT_FACTOR} times the timeout of the functions the queue
     * triggers (Lambda refuses a queue whose messages reappear before the function is done; AWS advises six),
     * capped at 12 hours. The same rule as the CloudFormation export.
     */
    static long visibilityTimeout(Component c, StackContext ctx, Props p) {
        long v = p.integer("visibilityTimeout", 30);
        if (p.isSet("visibilityTimeout")) {
            return v;
        }
        for (Connection t : ctx.outgoing(c, ConnectionKind.TRIGGERS)) {
            Component target = ctx.component(t.to());
            if (LambdaConstructWriter.FUNCTION_TYPE.equals(target.type())) {
                v = Math.max(v, Math.min(43200, TIMEOUT_FACTOR * ctx.props(target).integer("timeout", 3)));
            }
        }
        return v;
    }
}
