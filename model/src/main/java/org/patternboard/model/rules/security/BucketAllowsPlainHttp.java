package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-002: S3 bucket without enforced TLS. */
public final class BucketAllowsPlainHttp extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-002", Pillar.SECURITY, Severity.WARNING)
            .title("S3 bucket accepts requests without TLS")
            .rationale("A bucket policy that denies requests without aws:SecureTransport guarantees that objects never travel to or from the bucket in the clear.")
            .remedy("Enforce SSL in the bucket policy.")
            .references("SEC 2", "cdk-nag:AwsSolutions-S10")
            .quickFix()
            .build();

    public BucketAllowsPlainHttp() {
        super(INFO, "enforceSsl", true,
                "clients may read and write objects over unencrypted HTTP",
                BUCKET);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
