package org.patternboard.model.rules.cost;

import static org.patternboard.model.rules.Types.LAMBDA;

import org.patternboard.model.rules.Invocations;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** COST-004: provisioned concurrency on a function nobody waits for. */
public final class ProvisionedConcurrencyOffRequestPath extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("COST-004", Pillar.COST_OPTIMIZATION, Severity.INFO)
            .title("Provisioned concurrency where no caller waits")
            .rationale("Provisioned concurrency is billed around the clock to spare callers a cold start; queue, stream"
                    + " and event consumers do not have a caller waiting, so the money buys nothing.")
            .remedy("Remove provisioned concurrency from functions that are not on a synchronous request path.")
            .references("COST 1", "PER 1")
            .quickFix()
            .build();

    public ProvisionedConcurrencyOffRequestPath() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting provisioned = ctx.setting(fn, "provisionedConcurrency");
        if (provisioned.asLong(0) > 0 && !Invocations.onSynchronousPath(ctx, fn.id())) {
            double monthly = CostFigures.items(ctx.cost(fn.id()), "provisioned concurrency");
            out.report(provisioned.describe() + ", billed around the clock"
                    + (monthly > 0 ? " (" + CostFigures.money(monthly) + " a month)" : "")
                    + ", but no caller waits for this function",
                    ctx.fix("Remove provisioned concurrency of " + fn.name(),
                            b -> b.set(fn.id(), "provisionedConcurrency", null)));
        }
    }
}
