package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import java.util.List;
import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.CommonFixes;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-001: a queue feeding a function or pipe has no dead-letter queue. */
public final class QueueConsumerWithoutDlq extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-001", Pillar.RELIABILITY, Severity.ERROR)
            .title("Queue feeding a consumer has no dead-letter queue")
            .rationale("Without a redrive policy a message that keeps failing returns to the queue after every visibility"
                    + " timeout until retention deletes it: a poison message is retried for days, costs an invocation"
                    + " each time, and is finally lost without a trace.")
            .remedy("Give the queue a dead-letter queue (failsTo) with maxReceiveCount of at least 5, and alarm on the"
                    + " dead-letter queue's depth.")
            .references("REL 2", "cdk-nag:AwsSolutions-SQS3", "serverless-rules:ES6000",
                    "cdk-nag:Serverless-SQSRedrivePolicy")
            .quickFix()
            .build();

    public QueueConsumerWithoutDlq() {
        super(INFO, QUEUE);
    }

    @Override
    protected void check(Component queue, RuleContext ctx, Findings out) {
        List<Connection> consumers = ctx.outgoing(queue.id(), ConnectionKind.TRIGGERS, LAMBDA, PIPE);
        if (consumers.isEmpty() || !ctx.outgoing(queue.id(), ConnectionKind.FAILS_TO, QUEUE).isEmpty()) {
            return;
        }
        String[] targets = consumers.stream().map(Connection::to).toArray(String[]::new);
        out.report("messages that " + String.join(", ", consumers.stream().map(c -> ctx.name(c.to())).toList())
                        + " cannot process are retried until retention deletes them ("
                        + ctx.setting(queue, "messageRetention").describe() + "), because the queue has no dead-letter queue",
                ctx.fix("Add a dead-letter queue to " + queue.name(),
                        b -> CommonFixes.addDeadLetterQueue(b, queue.id(), Map.of("maxReceiveCount", 5L))),
                targets);
    }
}
