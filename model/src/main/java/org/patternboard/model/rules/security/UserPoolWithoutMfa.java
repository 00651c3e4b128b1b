package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-020: Cognito MFA off. */
public final class UserPoolWithoutMfa extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-020", Pillar.SECURITY, Severity.WARNING)
            .title("User pool without multi-factor authentication")
            .rationale("Passwords get phished and reused; a second factor stops most account takeovers.")
            .remedy("Offer MFA (OPTIONAL) or require it (ON).")
            .references("SEC 1", "cdk-nag:AwsSolutions-COG2")
            .quickFix()
            .build();

    public UserPoolWithoutMfa() {
        super(INFO, "mfa", "OPTIONAL",
                "a stolen password is enough to sign in",
                USER_POOL);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("OFF");
    }
}
