package org.patternboard.model.rules.performance;

import static org.patternboard.model.rules.Types.LAMBDA;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** PERF-001: a function left on Lambda's default memory size. */
public final class FunctionMemoryNotSet extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("PERF-001", Pillar.PERFORMANCE_EFFICIENCY, Severity.WARNING)
            .title("Function memory not set")
            .rationale("Memory is Lambda's only capacity knob: CPU and network scale with it. The 128 MB default is"
                    + " rarely the best trade-off, and a larger size often finishes so much faster that it costs the"
                    + " same or less.")
            .remedy("Set the memory size explicitly, starting around 512 MB, and tune it with AWS Lambda Power Tuning.")
            .references("PER 1", "COST 1", "serverless-rules:ES1005", "cdk-nag:Serverless-LambdaDefaultMemorySize")
            .quickFix()
            .build();

    public FunctionMemoryNotSet() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting memory = ctx.setting(fn, "memorySize");
        if (!memory.isSet()) {
            out.report(memory.describe() + ", which also gives the function the smallest share of CPU",
                    ctx.setFix(fn.id(), "memorySize", 512L));
        }
    }
}
