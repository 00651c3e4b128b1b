package org.patternboard.model.rules.performance;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** PERF-005: DynamoDB provisioned capacity. */
public final class TableProvisionedCapacity extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("PERF-005", Pillar.PERFORMANCE_EFFICIENCY, Severity.WARNING)
            .title("DynamoDB table with fixed provisioned capacity")
            .rationale("Serverless traffic is spiky: a provisioned table without auto scaling throttles at the first burst and pays for unused capacity the rest of the time, while on-demand capacity follows the load.")
            .remedy("Use on-demand (PAY_PER_REQUEST) capacity, or add auto scaling to a provisioned table whose load is steady and known.")
            .references("PER 1", "REL 2", "cdk-nag:HIPAA.Security-DynamoDBAutoScalingEnabled")
            .quickFix()
            .build();

    public TableProvisionedCapacity() {
        super(INFO, "billingMode", "PAY_PER_REQUEST",
                "capacity is fixed, so bursts are throttled and idle hours are paid for",
                TABLE);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("PROVISIONED");
    }
}
