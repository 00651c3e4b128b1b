package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-021: RDS Performance Insights off. */
public final class DatabaseInsightsOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-021", Pillar.OPERATIONAL_EXCELLENCE, Severity.INFO)
            .title("Database without Performance Insights")
            .rationale("Performance Insights shows which queries load the database; when functions scale out, contention shows there first.")
            .remedy("Turn on Performance Insights.")
            .references("OPS 1", "cdk-nag:HIPAA.Security-RDSEnhancedMonitoringEnabled")
            .quickFix()
            .build();

    public DatabaseInsightsOff() {
        super(INFO, "performanceInsights", true,
                "slow queries and lock waits cannot be attributed to their source",
                DB_INSTANCE);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
