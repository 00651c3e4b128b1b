package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-011: CloudFront minimum TLS below 1.2 on a custom domain. */
public final class DistributionWeakTls extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-011", Pillar.SECURITY, Severity.WARNING)
            .title("CloudFront accepts outdated TLS")
            .rationale("SSLv3, TLS 1.0 and TLS 1.1 have known weaknesses and fail current compliance standards; with a custom domain the minimum protocol version decides what viewers may negotiate.")
            .remedy("Set the minimum protocol version to TLSv1.2_2021 or newer.")
            .references("SEC 2", "cdk-nag:AwsSolutions-CFR4")
            .quickFix()
            .build();

    public DistributionWeakTls() {
        super(INFO, "minimumProtocolVersion", "TLSv1.2_2021",
                "viewers of the custom domain may negotiate protocols with known weaknesses",
                DISTRIBUTION);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return hasItems(subject.property("aliases")) && java.util.Set.of("SSLv3", "TLSv1", "TLSv1_2016", "TLSv1.1_2016").contains(value.text());
    }
}
