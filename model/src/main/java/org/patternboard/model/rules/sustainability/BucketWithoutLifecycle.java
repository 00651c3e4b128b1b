package org.patternboard.model.rules.sustainability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SUS-003: a data bucket that keeps every object for ever. */
public final class BucketWithoutLifecycle extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SUS-003", Pillar.SUSTAINABILITY, Severity.INFO)
            .title("S3 bucket without lifecycle rules")
            .rationale("Without lifecycle rules a bucket keeps every object (and every old version) for ever: storage,"
                    + " cost and the energy to keep it grow without bound, mostly for data nobody reads again.")
            .remedy("Add a lifecycle rule that expires (or moves to colder storage classes) objects once they are no"
                    + " longer needed.")
            .references("COST 1", "WA:SUS04-BP03", "WA:COST04-BP05")
            .build();

    public BucketWithoutLifecycle() {
        super(INFO, BUCKET);
    }

    @Override
    protected void check(Component bucket, RuleContext ctx, Findings out) {
        Setting expiration = ctx.setting(bucket, "lifecycleExpirationDays");
        if (expiration.isSet() || ctx.setting(bucket, "websiteHosting").isTrue()
                || !ctx.incoming(bucket.id(), ConnectionKind.SERVES).isEmpty()) {
            return; // site content is kept on purpose
        }
        out.report(expiration.describe() + ", so every object is kept for ever");
    }
}
