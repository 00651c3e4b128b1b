package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-009: AppSync logging off. */
public final class GraphqlApiLoggingOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-009", Pillar.OPERATIONAL_EXCELLENCE, Severity.WARNING)
            .title("GraphQL API without logging")
            .rationale("AppSync resolves each field on its own; without resolver logs a failing resolver shows only as a partial response at the client.")
            .remedy("Set the log level to ERROR (ALL while debugging).")
            .references("OPS 1", "cdk-nag:AwsSolutions-ASC3")
            .quickFix()
            .build();

    public GraphqlApiLoggingOff() {
        super(INFO, "logLevel", "ERROR",
                "resolver errors leave no log",
                GRAPHQL_API);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("NONE");
    }
}
