package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.LAMBDA;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-032: a function whose reserved concurrency of 0 stops every invocation. */
public final class ReservedConcurrencyZero extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-032", Pillar.RELIABILITY, Severity.WARNING)
            .title("Function throttled to zero")
            .rationale("Reserved concurrency 0 is Lambda's emergency stop: every invocation is throttled. Left in a"
                    + " design it silently turns the function off.")
            .remedy("Unset reserved concurrency, or set it to the concurrency the function should be capped at.")
            .references("REL 1")
            .quickFix()
            .build();

    public ReservedConcurrencyZero() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting reserved = ctx.setting(fn, "reservedConcurrency");
        if (reserved.isSet() && reserved.asLong(-1) == 0) {
            out.report(reserved.describe() + ", so every invocation is throttled",
                    ctx.fix("Remove the concurrency stop of " + fn.name(), b -> b.set(fn.id(), "reservedConcurrency", null)));
        }
    }
}
