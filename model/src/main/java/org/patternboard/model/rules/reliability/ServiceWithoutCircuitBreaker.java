package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-020: Fargate circuit breaker off. */
public final class ServiceWithoutCircuitBreaker extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-020", Pillar.RELIABILITY, Severity.INFO)
            .title("Fargate service without deployment circuit breaker")
            .rationale("The deployment circuit breaker stops a deployment whose tasks keep failing and rolls back to the last working version.")
            .remedy("Turn on the deployment circuit breaker with rollback.")
            .references("OPS 2")
            .quickFix()
            .build();

    public ServiceWithoutCircuitBreaker() {
        super(INFO, "circuitBreaker", true,
                "a deployment whose tasks never become healthy keeps retrying instead of rolling back",
                FARGATE_SERVICE);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
