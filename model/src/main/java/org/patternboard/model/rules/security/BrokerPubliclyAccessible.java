package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-027: Amazon MQ broker public. */
public final class BrokerPubliclyAccessible extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-027", Pillar.SECURITY, Severity.ERROR)
            .title("Message broker publicly accessible")
            .rationale("A public broker exposes its messaging ports and web console to the internet, protected only by its credentials.")
            .remedy("Make the broker private and reach it from inside the VPC.")
            .references("SEC 2", "checkov:CKV_AWS_69")
            .quickFix()
            .build();

    public BrokerPubliclyAccessible() {
        super(INFO, "publiclyAccessible", false,
                "the broker can be reached from the internet",
                BROKER);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.isTrue();
    }
}
