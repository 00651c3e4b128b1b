package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-005: REST stage tracing off. */
public final class RestApiTracingOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-005", Pillar.OPERATIONAL_EXCELLENCE, Severity.WARNING)
            .title("REST API stage not traced with X-Ray")
            .rationale("Tracing at the stage starts the trace at the front door, so the time spent in authorizers, mapping templates and integrations shows up next to the backend's.")
            .remedy("Turn on X-Ray tracing for the stage.")
            .references("OPS 1", "serverless-rules:WS2002", "cdk-nag:Serverless-APIGWXrayEnabled")
            .quickFix()
            .build();

    public RestApiTracingOff() {
        super(INFO, "tracing", true,
                "traces start only behind API Gateway, so its own latency and errors are invisible",
                REST_API);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
