package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-018: KMS rotation off. */
public final class KeyRotationDisabled extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-018", Pillar.SECURITY, Severity.WARNING)
            .title("KMS key without automatic rotation")
            .rationale("Automatic rotation creates new key material every year (or at the period you choose) while older ciphertexts stay readable, which limits what a leaked key could decrypt.")
            .remedy("Turn on automatic key rotation.")
            .references("cdk-nag:AwsSolutions-KMS5", "checkov:CKV_AWS_7")
            .quickFix()
            .build();

    public KeyRotationDisabled() {
        super(INFO, "enableKeyRotation", true,
                "the same key material protects data indefinitely",
                KMS_KEY);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue() && context.setting(subject, "keySpec").is("SYMMETRIC_DEFAULT");
    }
}
