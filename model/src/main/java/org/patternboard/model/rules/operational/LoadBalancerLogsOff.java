package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-015: Load balancer access logs off. */
public final class LoadBalancerLogsOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-015", Pillar.OPERATIONAL_EXCELLENCE, Severity.WARNING)
            .title("Load balancer without access logs")
            .rationale("Load balancer access logs show client addresses, latencies and target responses; they are the first thing needed when investigating errors or abuse.")
            .remedy("Turn on access logs for the load balancer.")
            .references("OPS 1", "cdk-nag:AwsSolutions-ELB2")
            .quickFix()
            .build();

    public LoadBalancerLogsOff() {
        super(INFO, "accessLogs", true,
                "connections through the load balancer leave no record",
                ALB, NLB);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
