package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-008: Step Functions tracing off. */
public final class StateMachineTracingOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-008", Pillar.OPERATIONAL_EXCELLENCE, Severity.WARNING)
            .title("State machine not traced with X-Ray")
            .rationale("Tracing the workflow links each task's latency and errors to the request that started the execution.")
            .remedy("Turn on X-Ray tracing for the state machine.")
            .references("OPS 1", "cdk-nag:AwsSolutions-SF2", "serverless-rules:WS5000", "cdk-nag:Serverless-StepFunctionStateMachineXray")
            .quickFix()
            .build();

    public StateMachineTracingOff() {
        super(INFO, "tracing", true,
                "the workflow's tasks do not appear in X-Ray traces",
                STATE_MACHINE);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
