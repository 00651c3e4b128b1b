package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import java.util.ArrayList;
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

/** REL-007: an EventBridge rule or schedule delivers to targets without a dead-letter queue. */
public final class EventTargetWithoutDlq extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-007", Pillar.RELIABILITY, Severity.WARNING)
            .title("EventBridge rule or schedule without dead-letter queue")
            .rationale("EventBridge retries a delivery its target refuses (throttling, missing permission, a deleted"
                    + " target) for up to 24 hours and then drops the event, unless the target has a dead-letter queue.")
            .remedy("Attach an SQS dead-letter queue (failsTo) to the rule or schedule and alarm on it.")
            .references("REL 2", "serverless-rules:ES4000", "cdk-nag:Serverless-EventBusDLQ")
            .quickFix()
            .build();

    public EventTargetWithoutDlq() {
        super(INFO, EVENT_RULE, SCHEDULE);
    }

    @Override
    protected void check(Component rule, RuleContext ctx, Findings out) {
        List<Connection> targets = new ArrayList<>(ctx.outgoing(rule.id(), ConnectionKind.ROUTES));
        targets.addAll(ctx.outgoing(rule.id(), ConnectionKind.TRIGGERS));
        if (targets.isEmpty() || !ctx.outgoing(rule.id(), ConnectionKind.FAILS_TO).isEmpty()) {
            return;
        }
        out.report("events that cannot be delivered to " + String.join(", ", targets.stream().map(c -> ctx.name(c.to()))
                        .distinct().toList()) + " are dropped after the retries, because no dead-letter queue is attached",
                ctx.fix("Add a dead-letter queue to " + rule.name(),
                        b -> CommonFixes.addDeadLetterQueue(b, rule.id(), Map.of())),
                targets.stream().map(Connection::to).distinct().toArray(String[]::new));
    }
}
