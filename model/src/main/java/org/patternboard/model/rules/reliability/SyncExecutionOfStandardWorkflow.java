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

/** REL-033: a function starts a Standard workflow with StartSyncExecution, which only Express supports. */
public final class SyncExecutionOfStandardWorkflow extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-033", Pillar.RELIABILITY, Severity.ERROR)
            .title("Synchronous execution of a Standard workflow")
            .rationale("StartSyncExecution works only on Express state machines; called on a Standard one it fails every"
                    + " time.")
            .remedy("Make the state machine EXPRESS, or start it with StartExecution and collect the result"
                    + " asynchronously.")
            .references("REL 2")
            .quickFix()
            .build();

    public SyncExecutionOfStandardWorkflow() {
        super(INFO, STATE_MACHINE);
    }

    @Override
    protected void check(Component sm, RuleContext ctx, Findings out) {
        Setting type = ctx.setting(sm, "type");
        if (!type.is("STANDARD")) {
            return;
        }
        for (Connection c : ctx.incoming(sm.id(), ConnectionKind.INVOKES, LAMBDA)) {
            if (ctx.setting(c, "operation").is("StartSyncExecution")) {
                out.report(ctx.name(c.from()) + " calls StartSyncExecution but " + type.describe()
                        + ", so every call fails", ctx.setFix(sm.id(), "type", "EXPRESS"), c.from(), c.id());
            }
        }
    }
}
