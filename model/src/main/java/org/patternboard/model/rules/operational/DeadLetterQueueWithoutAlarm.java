package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.ALARM;
import static org.patternboard.model.rules.Types.QUEUE;

import java.util.ArrayList;
import java.util.List;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.CommonFixes;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Severity;

/** OPS-011: a dead-letter queue that no alarm watches. */
public final class DeadLetterQueueWithoutAlarm extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-011", Pillar.OPERATIONAL_EXCELLENCE, Severity.WARNING)
            .title("Dead-letter queue without an alarm")
            .rationale("A dead-letter queue keeps what failed, but only an alarm on its depth tells anyone that something"
                    + " failed; an unwatched DLQ fills up silently until its retention deletes the evidence.")
            .remedy("Add a CloudWatch alarm on ApproximateNumberOfMessagesVisible > 0 that notifies the team.")
            .references("OPS 1", "cdk-nag:HIPAA.Security-CloudWatchAlarmAction")
            .quickFix()
            .build();

    public DeadLetterQueueWithoutAlarm() {
        super(INFO, QUEUE);
    }

    @Override
    protected void check(Component queue, RuleContext ctx, Findings out) {
        List<Connection> feeds = ctx.incoming(queue.id(), ConnectionKind.FAILS_TO);
        if (feeds.isEmpty() || !ctx.incoming(queue.id(), ConnectionKind.MONITORS, ALARM).isEmpty()) {
            return;
        }
        List<String> sources = new ArrayList<>();
        feeds.forEach(c -> sources.add(c.from()));
        out.report("failures of " + String.join(", ", sources.stream().map(ctx::name).toList())
                        + " land in this queue, but no alarm watches its depth, so nobody learns of them",
                ctx.fix("Add an alarm on " + queue.name(),
                        b -> CommonFixes.addAlarm(b, queue.id(), "ApproximateNumberOfMessagesVisible", "Maximum", 0)),
                sources.toArray(String[]::new));
    }
}
