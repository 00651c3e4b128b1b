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

/** REL-024: a standard queue trigger with a batch size above 10 and no batching window. */
public final class LargeBatchWithoutBatchingWindow extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-024", Pillar.RELIABILITY, Severity.ERROR)
            .title("Queue trigger with batch size above 10 but no batching window")
            .rationale("For SQS batch sizes above 10 Lambda requires a batching window of at least one second; without"
                    + " it the event source mapping is rejected.")
            .remedy("Set maxBatchingWindow to at least 1 s, or the batch size to 10 or less.")
            .references("REL 2")
            .quickFix()
            .build();

    public LargeBatchWithoutBatchingWindow() {
        super(INFO, QUEUE);
    }

    @Override
    protected void check(Component queue, RuleContext ctx, Findings out) {
        if (ctx.setting(queue, "fifo").isTrue()) {
            return; // REL-023
        }
        for (Connection c : ctx.outgoing(queue.id(), ConnectionKind.TRIGGERS, LAMBDA)) {
            Setting batch = ctx.setting(c, "batchSize");
            Setting window = ctx.setting(c, "maxBatchingWindow");
            if (batch.asLong(10) > 10 && window.asLong(0) < 1) {
                out.report("the trigger of " + ctx.name(c.to()) + " has " + batch.describe() + " but " + window.describe()
                        + "; the event source mapping will be rejected", ctx.fix("Set a 1 s batching window",
                                b -> b.setOnConnection(c.id(), "maxBatchingWindow", 1L)), c.to(), c.id());
            }
        }
    }
}
