package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.STATE_MACHINE;

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

/** REL-008: a Step Functions task with neither Retry nor Catch. */
public final class TaskWithoutRetry extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-008", Pillar.RELIABILITY, Severity.WARNING)
            .title("Step Functions task without Retry or Catch")
            .rationale("Service calls fail transiently (throttling, timeouts, Lambda service errors); a task without a"
                    + " Retry fails the whole execution on the first one, and without a Catch there is no compensation"
                    + " or clean failure path.")
            .remedy("Add a Retry with exponential backoff (for example 3 attempts, rate 2) and a Catch that leads to a"
                    + " compensating or failure state.")
            .references("REL 2")
            .quickFix()
            .build();

    public TaskWithoutRetry() {
        super(INFO, STATE_MACHINE);
    }

    @Override
    protected void check(Component sm, RuleContext ctx, Findings out) {
        for (Connection c : ctx.outgoing(sm.id(), ConnectionKind.ORCHESTRATES)) {
            Setting retries = ctx.setting(c, "retryMaxAttempts");
            if (retries.asLong(0) == 0 && !ctx.setting(c, "catch").isTrue()) {
                out.report("the task calling " + ctx.name(c.to()) + " has no Catch and " + retries.describe()
                        + ", so one transient error fails the whole execution",
                        ctx.fix("Retry the task calling " + ctx.name(c.to()), b -> b.setOnConnection(c.id(),
                                "retryMaxAttempts", 3L)), c.to(), c.id());
            }
        }
    }
}
