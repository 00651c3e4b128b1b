package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.LAMBDA;

import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-003: a supported runtime with a newer version of the same language available. */
public final class FunctionRuntimeNotNewest extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-003", Pillar.OPERATIONAL_EXCELLENCE, Severity.INFO)
            .title("Function not on the newest runtime of its language")
            .rationale("Each runtime version has an end-of-support date; starting on the newest one gives the longest"
                    + " time before a forced upgrade, and brings language and performance fixes.")
            .remedy("Move to the newest runtime of the language when you next touch the function.")
            .references("OPS 2", "cdk-nag:AwsSolutions-L1", "cdk-nag:Serverless-LambdaLatestVersion")
            .quickFix()
            .build();

    public FunctionRuntimeNotNewest() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        if (ctx.setting(fn, "packageType").is("Image")) {
            return;
        }
        Setting runtime = ctx.setting(fn, "runtime");
        PropertySpec spec = Runtimes.spec(ctx);
        if (runtime.text() == null || spec.deprecated().contains(runtime.text())) {
            return; // deprecated runtimes are OPS-002's
        }
        String newest = Runtimes.newest(spec, Runtimes.family(runtime.text()));
        if (newest != null && !newest.equals(runtime.text())) {
            out.report(runtime.describe() + "; " + newest + " is the newest runtime of the same language",
                    ctx.setFix(fn.id(), "runtime", newest));
        }
    }
}
