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

/** OPS-002: a function runs on a runtime AWS has deprecated. */
public final class FunctionRuntimeDeprecated extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-002", Pillar.OPERATIONAL_EXCELLENCE, Severity.ERROR)
            .title("Function on a deprecated runtime")
            .rationale("A deprecated runtime no longer receives security patches, and AWS blocks first the creation and then"
                    + " the update of functions that use it, so a routine deployment can suddenly fail.")
            .remedy("Move the function to the newest runtime of its language and test it there.")
            .references("OPS 2", "cfn-lint:E2531", "cfn-lint:E2533", "cfn-lint:W2531", "cdk-nag:AwsSolutions-L1",
                    "checkov:CKV_AWS_363")
            .quickFix()
            .build();

    public FunctionRuntimeDeprecated() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        if (ctx.setting(fn, "packageType").is("Image")) {
            return; // container images bring their own runtime
        }
        Setting runtime = ctx.setting(fn, "runtime");
        PropertySpec spec = Runtimes.spec(ctx);
        if (runtime.text() == null || !spec.deprecated().contains(runtime.text())) {
            return;
        }
        String newest = Runtimes.newest(spec, Runtimes.family(runtime.text()));
        out.report(runtime.describe() + ", which AWS has deprecated: it gets no security patches and deployments"
                + " of it will be blocked" + (newest == null ? "" : "; " + newest + " is the supported successor"),
                newest == null ? null : ctx.setFix(fn.id(), "runtime", newest));
    }
}
