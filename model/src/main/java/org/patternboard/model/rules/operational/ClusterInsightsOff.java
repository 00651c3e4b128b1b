package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-013: ECS Container Insights off. */
public final class ClusterInsightsOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-013", Pillar.OPERATIONAL_EXCELLENCE, Severity.WARNING)
            .title("ECS cluster without Container Insights")
            .rationale("Container Insights collects per-service and per-task metrics; without it a crash loop or memory pressure shows up only as failed requests.")
            .remedy("Turn on Container Insights for the cluster.")
            .references("OPS 1", "cdk-nag:AwsSolutions-ECS4")
            .quickFix()
            .build();

    public ClusterInsightsOff() {
        super(INFO, "containerInsights", true,
                "there are no task-level CPU, memory or restart metrics",
                ECS_CLUSTER);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
