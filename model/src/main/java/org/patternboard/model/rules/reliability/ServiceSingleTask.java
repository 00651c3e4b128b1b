package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-019: Fargate desired count below 2. */
public final class ServiceSingleTask extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-019", Pillar.RELIABILITY, Severity.WARNING)
            .title("Fargate service runs a single task")
            .rationale("A single task is a single point of failure: deployments, crashes and Availability Zone events all become outages. Two tasks in different zones ride them out.")
            .remedy("Run at least two tasks, spread across Availability Zones.")
            .references("REL 2")
            .quickFix()
            .build();

    public ServiceSingleTask() {
        super(INFO, "desiredCount", 2L,
                "one task failure or zone outage takes the service down",
                FARGATE_SERVICE);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.asLong(1) < 2;
    }
}
