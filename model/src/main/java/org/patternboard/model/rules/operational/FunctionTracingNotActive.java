package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-001: Lambda tracing is not Active. */
public final class FunctionTracingNotActive extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-001", Pillar.OPERATIONAL_EXCELLENCE, Severity.WARNING)
            .title("Function not traced with X-Ray")
            .rationale("Distributed traces show where a request spends its time and where it fails as it crosses API Gateway, functions, queues and databases; without them a slow or failing flow has to be pieced together from logs by hand.")
            .remedy("Set tracing to Active and instrument the AWS SDK clients in the handler.")
            .references("OPS 1", "serverless-rules:WS1000", "cdk-nag:Serverless-LambdaTracing")
            .quickFix()
            .build();

    public FunctionTracingNotActive() {
        super(INFO, "tracing", "Active",
                "requests through this function do not appear in X-Ray traces",
                LAMBDA);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.is("Active");
    }
}
