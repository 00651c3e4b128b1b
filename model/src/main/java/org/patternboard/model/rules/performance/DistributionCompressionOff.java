package org.patternboard.model.rules.performance;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** PERF-008: CloudFront compression off. */
public final class DistributionCompressionOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("PERF-008", Pillar.PERFORMANCE_EFFICIENCY, Severity.INFO)
            .title("CloudFront compression off")
            .rationale("Compressing text responses at the edge cuts transfer size and page load time, at no extra cost.")
            .remedy("Turn on automatic compression.")
            .references("PER 1")
            .quickFix()
            .build();

    public DistributionCompressionOff() {
        super(INFO, "compress", true,
                "text assets travel uncompressed",
                DISTRIBUTION);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
