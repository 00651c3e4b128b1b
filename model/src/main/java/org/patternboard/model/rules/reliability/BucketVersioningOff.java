package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-014: S3 versioning off. */
public final class BucketVersioningOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-014", Pillar.RELIABILITY, Severity.INFO)
            .title("S3 bucket without versioning")
            .rationale("Versioning keeps earlier versions of objects, so an accidental overwrite or delete can be undone; pair it with a lifecycle rule that expires old versions.")
            .remedy("Turn on versioning for buckets that hold data you cannot recreate.")
            .references("cdk-nag:NIST.800.53.R5-S3BucketVersioningEnabled", "checkov:CKV_AWS_21")
            .quickFix()
            .build();

    public BucketVersioningOff() {
        super(INFO, "versioned", true,
                "an overwrite or delete destroys the only copy",
                BUCKET);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
