package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-023: a FIFO queue trigger with a batch size above the FIFO limit of 10. */
public final class FifoBatchSizeTooLarge extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-023", Pillar.RELIABILITY, Severity.ERROR)
            .title("FIFO queue trigger with batch size above 10")
            .rationale("Lambda reads at most 10 messages per batch from a FIFO queue; a larger batch size is rejected"
                    + " when the event source mapping is created.")
            .remedy("Set the trigger's batch size to 10 or less.")
            .references("REL 2", "cfn-lint:E3705")
            .quickFix()
            .build();

    public FifoBatchSizeTooLarge() {
        super(INFO, QUEUE);
    }

    @Override
    protected void check(Component queue, RuleContext ctx, Findings out) {
        for (Connection c : FifoTriggers.of(queue, ctx)) {
            Setting batch = ctx.setting(c, "batchSize");
            if (batch.asLong(10) > 10) {
                out.report("the trigger of " + ctx.name(c.to()) + " has " + batch.describe()
                        + ", above the FIFO limit of 10", ctx.fix("Set the batch size to 10",
                                b -> b.setOnConnection(c.id(), "batchSize", 10L)), c.to(), c.id());
            }
        }
    }
}
