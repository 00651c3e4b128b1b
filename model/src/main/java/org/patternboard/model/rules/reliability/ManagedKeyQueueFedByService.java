package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import java.util.ArrayList;
import java.util.List;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Severity;

/**
 * REL-039: a queue encrypted with the AWS managed key (alias/aws/sqs) that SNS, EventBridge or S3 sends to.
 * Those services send as themselves, and the AWS managed key's policy cannot be changed to let them use it.
 */
public final class ManagedKeyQueueFedByService extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-039", Pillar.RELIABILITY, Severity.ERROR)
            .title("Queue on the AWS managed key receives from SNS, EventBridge or S3")
            .rationale("SNS, EventBridge and S3 need to use the queue's KMS key to send to it; the AWS managed key's"
                    + " policy cannot grant them that, so every message is dropped (the CDK refuses SNS subscriptions"
                    + " to such queues outright).")
            .remedy("Encrypt the queue with SQS-managed keys (SSE-SQS), or with a customer managed KMS key whose"
                    + " policy lets the sending service use it.")
            .references("REL 2", "SEC 3")
            .quickFix()
            .build();

    public ManagedKeyQueueFedByService() {
        super(INFO, QUEUE);
    }

    @Override
    protected void check(Component queue, RuleContext ctx, Findings out) {
        if (!ctx.setting(queue, "encryption").is("KMS") || !ctx.outgoing(queue.id(), ConnectionKind.USES, KMS_KEY).isEmpty()) {
            return;
        }
        List<Connection> senders = new ArrayList<>();
        senders.addAll(ctx.incoming(queue.id(), ConnectionKind.SUBSCRIBES, TOPIC));
        senders.addAll(ctx.incoming(queue.id(), ConnectionKind.FAILS_TO, TOPIC, EVENT_RULE));
        senders.addAll(ctx.incoming(queue.id(), ConnectionKind.ROUTES, EVENT_RULE));
        senders.addAll(ctx.incoming(queue.id(), ConnectionKind.TRIGGERS, EVENT_RULE, BUCKET));
        if (senders.isEmpty()) {
            return;
        }
        List<String> targets = new ArrayList<>(List.of(queue.id()));
        List<String> names = new ArrayList<>();
        for (Connection s : senders) {
            targets.add(s.id());
            names.add(ctx.name(s.from()));
        }
        out.report("encryption is KMS with no key of its own, so the AWS managed key applies, and " + String.join(", ", names)
                        + " cannot use it to send here", ctx.fix("Use SQS-managed encryption",
                        b -> b.set(queue.id(), "encryption", "SQS_MANAGED")), targets.toArray(String[]::new));
    }
}
