package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-038: a FIFO queue trigger with a batching window, which Lambda does not support for FIFO queues. */
public final class FifoTriggerWithBatchingWindow extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-038", Pillar.RELIABILITY, Severity.ERROR)
            .title("FIFO queue trigger with a batching window")
            .rationale("Lambda does not gather messages from FIFO queues over a batching window; an event source mapping"
                    + " that asks for one is rejected (the CDK refuses to synthesize it).")
            .remedy("Remove the trigger's batching window; FIFO batches are delivered as soon as they are available.")
            .references("REL 2")
            .quickFix()
            .build();

    public FifoTriggerWithBatchingWindow() {
        super(INFO, QUEUE);
    }

    @Override
    protected void check(Component queue, RuleContext ctx, Findings out) {
        for (Connection c : FifoTriggers.of(queue, ctx)) {
            Setting window = ctx.setting(c, "maxBatchingWindow");
            if (window.asLong(0) > 0) {
                out.report("the trigger of " + ctx.name(c.to()) + " has " + window.describe()
                        + ", but FIFO queues take no batching window", ctx.fix("Remove the batching window",
                                b -> b.setOnConnection(c.id(), "maxBatchingWindow", 0L)), c.to(), c.id());
            }
        }
    }
}
