package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-013: SQS encryption off. */
public final class QueueEncryptionDisabled extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-013", Pillar.SECURITY, Severity.ERROR)
            .title("SQS queue encryption turned off")
            .rationale("SQS encrypts every queue with SQS-managed keys at no cost unless encryption is switched off; switching it off stores message bodies in the clear.")
            .remedy("Use SQS-managed encryption, or KMS when you need control over the key.")
            .references("cdk-nag:AwsSolutions-SQS2", "checkov:CKV_AWS_27")
            .quickFix()
            .build();

    public QueueEncryptionDisabled() {
        super(INFO, "encryption", "SQS_MANAGED",
                "messages are stored unencrypted",
                QUEUE);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("NONE");
    }
}
