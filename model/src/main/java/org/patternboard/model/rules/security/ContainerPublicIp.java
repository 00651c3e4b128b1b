package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-030: Fargate public IP. */
public final class ContainerPublicIp extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-030", Pillar.SECURITY, Severity.WARNING)
            .title("Fargate tasks get public IP addresses")
            .rationale("Tasks with public addresses can be reached directly, bypassing the load balancer and its protections; tasks belong in private subnets.")
            .remedy("Turn off public IP assignment and run the service in private subnets.")
            .references("SEC 2")
            .quickFix()
            .build();

    public ContainerPublicIp() {
        super(INFO, "assignPublicIp", false,
                "each task gets an internet-routable address",
                FARGATE_SERVICE);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.isTrue();
    }
}
