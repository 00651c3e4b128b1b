package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-001: S3 Block Public Access off. */
public final class BucketPublicAccessNotBlocked extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-001", Pillar.SECURITY, Severity.ERROR)
            .title("S3 bucket without Block Public Access")
            .rationale("Block Public Access is the guard against a bucket policy or ACL that exposes objects to the internet, the most common cause of S3 data leaks. Content meant for browsers is better served through CloudFront with origin access control.")
            .remedy("Turn on Block Public Access and serve public content through CloudFront with origin access control.")
            .references("SEC 2", "cdk-nag:AwsSolutions-S2", "checkov:CKV_AWS_53")
            .quickFix()
            .build();

    public BucketPublicAccessNotBlocked() {
        super(INFO, "blockPublicAccess", true,
                "a bucket policy or ACL can make objects readable by anyone on the internet",
                BUCKET);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
