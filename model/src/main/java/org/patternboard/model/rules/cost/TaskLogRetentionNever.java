package org.patternboard.model.rules.cost;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** COST-003: Fargate task log retention never. */
public final class TaskLogRetentionNever extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("COST-003", Pillar.COST_OPTIMIZATION, Severity.WARNING)
            .title("Container logs kept for ever")
            .rationale("The log group of a task definition keeps container output indefinitely unless a retention period is set, and storage is billed every month.")
            .remedy("Set a retention period for the task's log group (for example 30 days).")
            .references("COST 1")
            .quickFix()
            .build();

    public TaskLogRetentionNever() {
        super(INFO, "logRetentionDays", "30",
                "container logs are stored and billed indefinitely",
                FARGATE_TASK);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("never");
    }
}
