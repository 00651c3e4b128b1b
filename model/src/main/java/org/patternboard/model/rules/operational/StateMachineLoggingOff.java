package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-007: Step Functions logging off. */
public final class StateMachineLoggingOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-007", Pillar.OPERATIONAL_EXCELLENCE, Severity.WARNING)
            .title("State machine without execution logging")
            .rationale("Execution logs show which state failed and with which input. Express workflows keep no execution history in the console, so for them the logs are the only record.")
            .remedy("Set logging to ALL (ERROR for very high-volume workflows) with a log group that has a retention period.")
            .references("OPS 1", "cdk-nag:AwsSolutions-SF1")
            .quickFix()
            .build();

    public StateMachineLoggingOff() {
        super(INFO, "logging", "ALL",
                "failed executions cannot be diagnosed from logs",
                STATE_MACHINE);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("OFF");
    }
}
