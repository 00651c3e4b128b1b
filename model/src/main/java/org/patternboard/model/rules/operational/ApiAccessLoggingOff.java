package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-004: API stage without access logging. */
public final class ApiAccessLoggingOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-004", Pillar.OPERATIONAL_EXCELLENCE, Severity.WARNING)
            .title("API stage without access logs")
            .rationale("Access logs are the record of every request an API served: caller, route, status and latency. Incident analysis, security investigations and usage reports need them, and they cannot be produced after the fact.")
            .remedy("Turn on access logging for the stage, in JSON, to a log group with a retention period.")
            .references("OPS 1", "cdk-nag:AwsSolutions-APIG1", "serverless-rules:ES2000", "cdk-nag:Serverless-APIGWAccessLogging")
            .quickFix()
            .build();

    public ApiAccessLoggingOff() {
        super(INFO, "accessLogging", true,
                "nobody will be able to tell later who called which route, when, and with what result",
                REST_API, HTTP_API, WEBSOCKET_API);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
