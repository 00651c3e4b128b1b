package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-012: CloudFront in front of an S3 website endpoint, which cannot use origin access control. */
public final class DistributionServesWebsiteEndpoint extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-012", Pillar.SECURITY, Severity.WARNING)
            .title("CloudFront serves an S3 website endpoint")
            .rationale("A website endpoint only serves public objects and speaks plain HTTP to CloudFront, so the bucket"
                    + " must be public and the origin hop is unencrypted. Serving the bucket's REST endpoint through"
                    + " origin access control keeps the bucket private.")
            .remedy("Turn off static website hosting, keep the bucket private, and let CloudFront read it through"
                    + " origin access control (with a default root object).")
            .references("SEC 2", "cdk-nag:AwsSolutions-CFR7", "cdk-nag:AwsSolutions-S5")
            .quickFix()
            .build();

    public DistributionServesWebsiteEndpoint() {
        super(INFO, DISTRIBUTION);
    }

    @Override
    protected void check(Component cdn, RuleContext ctx, Findings out) {
        for (Connection c : ctx.outgoing(cdn.id(), ConnectionKind.SERVES, BUCKET)) {
            Component bucket = ctx.component(c.to());
            Setting website = ctx.setting(bucket, "websiteHosting");
            if (!website.isTrue()) {
                continue;
            }
            out.report("origin " + bucket.name() + " is a website endpoint (" + website.describe()
                            + "), which needs a public bucket and cannot use origin access control",
                    ctx.fix("Serve " + bucket.name() + " through origin access control", b -> {
                        b.set(bucket.id(), "websiteHosting", false);
                        if (!Boolean.TRUE.equals(b.component(bucket.id()).property("blockPublicAccess"))) {
                            b.set(bucket.id(), "blockPublicAccess", true);
                        }
                        if (b.component(cdn.id()).property("defaultRootObject") == null) {
                            b.set(cdn.id(), "defaultRootObject", "index.html");
                        }
                    }), bucket.id(), c.id());
        }
    }
}
