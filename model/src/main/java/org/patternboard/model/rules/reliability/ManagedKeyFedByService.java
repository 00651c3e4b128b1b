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
 * REL-039: a queue or topic encrypted with its AWS managed key (alias/aws/sqs, alias/aws/sns) that an AWS service
 * sends to as itself: SNS, EventBridge or S3 to a queue; EventBridge, S3 or a CloudWatch alarm to a topic. The
 * managed keys' policies cannot be changed to let those services use them. (Schedules, pipes and functions send
 * through IAM roles, which the managed keys accept.)
 */
public final class ManagedKeyFedByService extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-039", Pillar.RELIABILITY, Severity.ERROR)
            .title("Queue or topic on its AWS managed key receives from an AWS service")
            .rationale("SNS, EventBridge, S3 and CloudWatch alarms need to use the KMS key of the queue or topic they"
                    + " send to; the AWS managed key's policy cannot grant them that, so every message is dropped (the"
                    + " CDK refuses SNS subscriptions to such queues outright).")
            .remedy("Encrypt the queue with SQS-managed keys (SSE-SQS), or give the queue or topic a customer managed"
                    + " KMS key whose policy lets the sending service use it.")
            .references("REL 2", "SEC 3")
            .quickFix()
            .build();

    public ManagedKeyFedByService() {
        super(INFO, QUEUE, TOPIC);
    }

    @Override
    protected void check(Component target, RuleContext ctx, Findings out) {
        boolean queue = QUEUE.equals(target.type());
        if (!ctx.setting(target, "encryption").is("KMS") || !ctx.setting(target, "encryption").isSet()
                || !ctx.outgoing(target.id(), ConnectionKind.USES, KMS_KEY).isEmpty()) {
            return;
        }
        List<Connection> senders = new ArrayList<>();
        if (queue) {
            senders.addAll(ctx.incoming(target.id(), ConnectionKind.SUBSCRIBES, TOPIC));
            senders.addAll(ctx.incoming(target.id(), ConnectionKind.FAILS_TO, TOPIC, EVENT_RULE));
        }
        senders.addAll(ctx.incoming(target.id(), ConnectionKind.ROUTES, EVENT_RULE));
        senders.addAll(ctx.incoming(target.id(), ConnectionKind.TRIGGERS, EVENT_RULE, BUCKET));
        if (!queue) {
            senders.addAll(ctx.incoming(target.id(), ConnectionKind.PUBLISHES, ALARM));
        }
        if (senders.isEmpty()) {
            return;
        }
        List<String> targets = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Connection s : senders) {
            targets.add(s.id());
            names.add(ctx.name(s.from()));
        }
        String fixed = queue ? "SQS_MANAGED" : "NONE";
        out.report("encryption is KMS with no key of its own, so the AWS managed key applies, and " + String.join(", ", names)
                        + " cannot use it to send here", ctx.fix(queue ? "Use SQS-managed encryption" : "Leave the topic unencrypted",
                        b -> b.set(target.id(), "encryption", fixed)), targets.toArray(String[]::new));
    }
}
