package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-003: a queue's visibility timeout covers the consumer's timeout but not six times it. */
public final class VisibilityTimeoutBelowSixTimes extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-003", Pillar.RELIABILITY, Severity.WARNING)
            .title("Queue visibility timeout below six times the consumer's timeout")
            .rationale("When Lambda is throttled or retries a batch, a message can stay in flight far longer than one"
                    + " invocation; AWS recommends a visibility timeout of six times the function timeout plus the"
                    + " batching window, or messages become visible again and are processed twice.")
            .remedy("Set the visibility timeout to at least six times the function's timeout plus the batching window.")
            .references("REL 2", "cdk-nag:LambdaEventSourceSQSVisibilityTimeout")
            .quickFix()
            .build();

    public VisibilityTimeoutBelowSixTimes() {
        super(INFO, QUEUE);
    }

    @Override
    protected void check(Component queue, RuleContext ctx, Findings out) {
        Setting visibility = ctx.setting(queue, "visibilityTimeout");
        long vis = visibility.asLong(30);
        for (Connection c : ctx.outgoing(queue.id(), ConnectionKind.TRIGGERS, LAMBDA)) {
            long timeout = ctx.setting(ctx.component(c.to()), "timeout").asLong(3);
            long needed = 6 * VisibilityTimeouts.holdTime(ctx, c);
            if (vis >= timeout && vis < Math.min(needed, VisibilityTimeouts.MAX)) {
                out.report(visibility.describe() + ", below six times what " + ctx.name(c.to()) + " may hold a batch ("
                        + needed + " s), so messages can be delivered twice", VisibilityTimeouts.fix(ctx, queue.id()),
                        c.to(), c.id());
            }
        }
    }
}
