package org.patternboard.model.rules.cost;

import static org.patternboard.model.rules.Types.LAMBDA;

import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;
import org.patternboard.model.rules.sustainability.FunctionOnX86;

/** COST-011: an x86 function whose estimated compute would cost noticeably less on arm64. */
public final class FunctionCheaperOnArm extends ComponentRule {
    /** Below this saving a month the finding would be noise; SUS-001 still names every x86 function. */
    static final double MIN_SAVING = 1.0;

    static final RuleInfo INFO = RuleInfo.builder("COST-011", Pillar.COST_OPTIMIZATION, Severity.INFO)
            .title("x86 function that would cost less on arm64")
            .rationale("arm64 (Graviton) GB-seconds and provisioned concurrency are priced about 20% below x86; for a"
                    + " busy function that is real money every month, and interpreted runtimes move unchanged.")
            .remedy("Set the architecture to arm64 (rebuild native dependencies and layers for it).")
            .references("COST 1", "WA:COST06-BP03")
            .quickFix()
            .build();

    public FunctionCheaperOnArm() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting arch = ctx.setting(fn, "architecture");
        if (!arch.is("x86_64") || FunctionOnX86.tiedToX86(fn, ctx)) {
            return;
        }
        double x86 = CostFigures.items(ctx.cost(fn.id()), "compute", "provisioned");
        if (x86 < MIN_SAVING) {
            return; // the saving cannot exceed what it costs now: no what-if needed
        }
        ComponentCost onArm = ctx.costIf(fn.withProperty("architecture", "arm64"));
        if (onArm == null) {
            return;
        }
        double arm = CostFigures.items(onArm, "compute", "provisioned");
        if (x86 - arm >= MIN_SAVING) {
            out.report(arch.describe() + ": its compute costs " + CostFigures.money(x86) + " a month; on arm64 it would cost "
                    + CostFigures.money(arm) + " (" + Math.round(100 * (x86 - arm) / x86) + "% less)",
                    ctx.setFix(fn.id(), "architecture", "arm64"));
        }
    }
}
