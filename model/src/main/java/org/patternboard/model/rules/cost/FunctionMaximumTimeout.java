package org.patternboard.model.rules.cost;

import static org.patternboard.model.rules.Types.LAMBDA;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** COST-005: a function allowed to run the full 15 minutes. */
public final class FunctionMaximumTimeout extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("COST-005", Pillar.COST_OPTIMIZATION, Severity.INFO)
            .title("Function timeout at the 15-minute maximum")
            .rationale("A timeout at the maximum is usually a way of not choosing one: an invocation that hangs on a"
                    + " dead connection is billed for 15 minutes and holds its concurrency all that time.")
            .remedy("Set the timeout a little above the longest expected duration; move truly long work to Step"
                    + " Functions or Fargate.")
            .references("COST 1")
            .build();

    public FunctionMaximumTimeout() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting timeout = ctx.setting(fn, "timeout");
        if (timeout.asLong(3) >= 900) {
            out.report(timeout.describe() + ", so a hung invocation is billed for 15 minutes");
        }
    }
}
