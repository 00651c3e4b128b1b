package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-021: Cognito password minimum below 8. */
public final class UserPoolWeakPasswords extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-021", Pillar.SECURITY, Severity.ERROR)
            .title("User pool accepts short passwords")
            .rationale("Short passwords fall to guessing and credential stuffing; eight characters is the floor most standards accept, twelve or more is better.")
            .remedy("Require passwords of at least 12 characters.")
            .references("SEC 1", "cdk-nag:AwsSolutions-COG1")
            .quickFix()
            .build();

    public UserPoolWeakPasswords() {
        super(INFO, "passwordMinLength", 12L,
                "users may choose passwords short enough to guess",
                USER_POOL);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.asLong(8) < 8;
    }
}
