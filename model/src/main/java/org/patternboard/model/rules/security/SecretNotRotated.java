package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-019: Secrets Manager secret without rotation. */
public final class SecretNotRotated extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-019", Pillar.SECURITY, Severity.WARNING)
            .title("Secret without rotation")
            .rationale("A secret that never changes stays useful to whoever copied it; rotation limits how long a leaked credential works.")
            .remedy("Configure rotation (30 days is a common period) with a rotation function or the managed rotation for RDS.")
            .references("SEC 3", "cdk-nag:AwsSolutions-SMG4")
            .quickFix()
            .build();

    public SecretNotRotated() {
        super(INFO, "rotationDays", 30L,
                "the secret keeps its value until someone changes it by hand",
                SECRET);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isSet();
    }
}
