package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-010: AppSync tracing off. */
public final class GraphqlApiTracingOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-010", Pillar.OPERATIONAL_EXCELLENCE, Severity.WARNING)
            .title("GraphQL API not traced with X-Ray")
            .rationale("Tracing shows how long each resolver and data source takes, which is where GraphQL latency hides.")
            .remedy("Turn on X-Ray for the API.")
            .references("OPS 1", "serverless-rules:WS3000", "cdk-nag:Serverless-AppSyncTracing")
            .quickFix()
            .build();

    public GraphqlApiTracingOff() {
        super(INFO, "xrayEnabled", true,
                "resolvers and their data sources do not appear in X-Ray traces",
                GRAPHQL_API);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
