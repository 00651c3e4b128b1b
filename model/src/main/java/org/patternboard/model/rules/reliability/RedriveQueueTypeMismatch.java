package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.QUEUE;

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

/** REL-022: a FIFO queue redrives to a standard queue or the other way round. */
public final class RedriveQueueTypeMismatch extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-022", Pillar.RELIABILITY, Severity.ERROR)
            .title("Queue and its dead-letter queue are of different types")
            .rationale("SQS requires the dead-letter queue of a FIFO queue to be FIFO and that of a standard queue to be"
                    + " standard; a mismatch is rejected at deployment.")
            .remedy("Make the dead-letter queue the same type (FIFO or standard) as its source.")
            .references("REL 2", "cfn-lint:E3502")
            .quickFix()
            .build();

    public RedriveQueueTypeMismatch() {
        super(INFO, QUEUE);
    }

    @Override
    protected void check(Component queue, RuleContext ctx, Findings out) {
        boolean fifo = ctx.setting(queue, "fifo").isTrue();
        for (Connection c : ctx.outgoing(queue.id(), ConnectionKind.FAILS_TO, QUEUE)) {
            Setting other = ctx.setting(ctx.component(c.to()), "fifo");
            if (other.isTrue() != fifo) {
                out.report("this is a " + (fifo ? "FIFO" : "standard") + " queue but its dead-letter queue "
                        + ctx.name(c.to()) + " is not (" + other.describe() + "); the redrive policy will be rejected",
                        ctx.setFix(c.to(), "fifo", fifo), c.to(), c.id());
            }
        }
    }
}
