package org.patternboard.model.rules.sustainability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SUS-006: Fargate Spot off. */
public final class ClusterWithoutSpot extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SUS-006", Pillar.SUSTAINABILITY, Severity.INFO)
            .title("ECS cluster without Fargate Spot")
            .rationale("Fargate Spot runs interruptible tasks on spare capacity, using capacity that already exists, at a large discount; batch and fault-tolerant services fit it.")
            .remedy("Enable the Fargate Spot capacity provider and use it for interruption-tolerant services.")
            .references("COST 1", "WA:SUS02-BP01")
            .quickFix()
            .build();

    public ClusterWithoutSpot() {
        super(INFO, "fargateSpot", true,
                "interruption-tolerant work cannot use spare capacity",
                ECS_CLUSTER);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
