package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-014: CloudFront access logging off. */
public final class DistributionLoggingOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-014", Pillar.OPERATIONAL_EXCELLENCE, Severity.WARNING)
            .title("CloudFront distribution without access logs")
            .rationale("CloudFront answers many requests at the edge without reaching the origin; its access logs are the only record of them, needed for security analysis and traffic reports.")
            .remedy("Turn on standard logging for the distribution.")
            .references("OPS 1", "cdk-nag:AwsSolutions-CFR3")
            .quickFix()
            .build();

    public DistributionLoggingOff() {
        super(INFO, "accessLogging", true,
                "requests answered at the edge leave no record",
                DISTRIBUTION);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
