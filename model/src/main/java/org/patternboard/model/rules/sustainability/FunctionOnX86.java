package org.patternboard.model.rules.sustainability;

import static org.patternboard.model.rules.Types.*;

import java.util.List;
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

/** SUS-001: a function on x86 although nothing it uses ties it to x86. */
public final class FunctionOnX86 extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SUS-001", Pillar.SUSTAINABILITY, Severity.INFO)
            .title("Function on x86 where arm64 would do")
            .rationale("Graviton (arm64) functions do the same work with less energy and cost about 20% less per"
                    + " GB-second; interpreted runtimes and most dependencies run on arm64 unchanged.")
            .remedy("Set the architecture to arm64 (rebuild native dependencies and layers for it).")
            .references("COST 1", "WA:SUS05-BP02")
            .quickFix()
            .build();

    public FunctionOnX86() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting arch = ctx.setting(fn, "architecture");
        if (!arch.is("x86_64")) {
            return;
        }
        if (tiedToX86(fn, ctx)) {
            return; // a layer built for x86 only: arm64 would not do without rebuilding it
        }
        out.report(arch.describe() + "; the same function on arm64 would use less energy and cost less",
                ctx.setFix(fn.id(), "architecture", "arm64"));
    }

    /** Whether a function uses a layer built for x86 only, so arm64 would not do without rebuilding it. */
    public static boolean tiedToX86(Component fn, RuleContext ctx) {
        for (Connection c : ctx.outgoing(fn.id(), ConnectionKind.USES, LAYER)) {
            if (ctx.component(c.to()).property("compatibleArchitectures") instanceof List<?> archs
                    && !archs.isEmpty() && !archs.contains("arm64")) {
                return true;
            }
        }
        return false;
    }
}
