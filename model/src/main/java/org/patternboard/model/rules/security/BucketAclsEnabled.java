package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-003: S3 ACLs enabled. */
public final class BucketAclsEnabled extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-003", Pillar.SECURITY, Severity.WARNING)
            .title("S3 bucket with ACLs enabled")
            .rationale("With ACLs enabled every object can carry its own grants, which escape reviews of the bucket policy and can make single objects public. AWS recommends turning ACLs off.")
            .remedy("Set object ownership to BucketOwnerEnforced and grant access through the bucket policy only.")
            .references("SEC 2", "cfn-lint:E3045", "cfn-lint:W3045")
            .quickFix()
            .build();

    public BucketAclsEnabled() {
        super(INFO, "objectOwnership", "BucketOwnerEnforced",
                "object ACLs are active next to the bucket policy",
                BUCKET);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.is("BucketOwnerEnforced");
    }
}
