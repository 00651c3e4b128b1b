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

/** REL-006: an SNS topic's subscriptions have no dead-letter queue. */
public final class SubscriptionWithoutDlq extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-006", Pillar.RELIABILITY, Severity.WARNING)
            .title("SNS subscriptions without dead-letter queue")
            .rationale("SNS retries a delivery that fails (a throttled function, an endpoint that is down, a queue"
                    + " policy that denies it) and then drops the message unless the subscription has a redrive"
                    + " policy to a dead-letter queue.")
            .remedy("Give the topic's subscriptions a dead-letter queue (failsTo) and alarm on it.")
            .references("REL 2", "serverless-rules:ES7000", "cdk-nag:Serverless-SNSRedrivePolicy")
            .quickFix()
            .build();

    public SubscriptionWithoutDlq() {
        super(INFO, TOPIC);
    }

    @Override
    protected void check(Component topic, RuleContext ctx, Findings out) {
        List<Connection> subscriptions = ctx.outgoing(topic.id(), ConnectionKind.SUBSCRIBES);
        if (subscriptions.isEmpty() || !ctx.outgoing(topic.id(), ConnectionKind.FAILS_TO).isEmpty()) {
            return;
        }
        out.report("messages SNS cannot deliver to " + String.join(", ", subscriptions.stream().map(c -> ctx.name(c.to()))
                        .toList()) + " are dropped after its retries, because no dead-letter queue is attached",
                ctx.fix("Add a dead-letter queue to " + topic.name(),
                        b -> CommonFixes.addDeadLetterQueue(b, topic.id(), Map.of())),
                subscriptions.stream().map(Connection::to).toArray(String[]::new));
    }
}
