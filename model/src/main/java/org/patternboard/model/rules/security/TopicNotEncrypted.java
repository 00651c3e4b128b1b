package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-014: SNS topic unencrypted. */
public final class TopicNotEncrypted extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-014", Pillar.SECURITY, Severity.INFO)
            .title("SNS topic without server-side encryption")
            .rationale("SNS stores messages until they are delivered; server-side encryption with KMS protects them at rest and lets the key policy control who can publish.")
            .remedy("Turn on KMS encryption (the AWS-managed aws/sns key is enough unless you need your own).")
            .references("cdk-nag:NIST.800.53.R5-SNSEncryptedKMS", "checkov:CKV_AWS_26")
            .quickFix()
            .build();

    public TopicNotEncrypted() {
        super(INFO, "encryption", "KMS",
                "messages waiting for delivery are stored without server-side encryption",
                TOPIC);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("NONE");
    }
}
