package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-006: REST stage execution logging off. */
public final class RestApiExecutionLoggingOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-006", Pillar.OPERATIONAL_EXCELLENCE, Severity.INFO)
            .title("REST API execution logging off")
            .rationale("Execution logs record what API Gateway did with a request: authorizer results, mapping template output, integration errors. They are the only place an integration failure shows its cause.")
            .remedy("Set execution logging to ERROR (INFO while debugging) for all methods.")
            .references("OPS 1", "cdk-nag:AwsSolutions-APIG6")
            .quickFix()
            .build();

    public RestApiExecutionLoggingOff() {
        super(INFO, "executionLogging", "ERROR",
                "integration and authorizer failures leave no log",
                REST_API);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("OFF");
    }
}
