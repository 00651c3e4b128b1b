package org.patternboard.model.rules.performance;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** PERF-009: CloudFront HTTP/1.1 only. */
public final class DistributionOldHttpVersion extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("PERF-009", Pillar.PERFORMANCE_EFFICIENCY, Severity.INFO)
            .title("CloudFront limited to HTTP/1.1")
            .rationale("HTTP/2 and HTTP/3 multiplex requests over one connection and recover faster from packet loss, which shortens page loads, especially on mobile networks.")
            .remedy("Allow HTTP/2 and HTTP/3.")
            .references("PER 1")
            .quickFix()
            .build();

    public DistributionOldHttpVersion() {
        super(INFO, "httpVersion", "http2and3",
                "browsers cannot multiplex requests over one connection",
                DISTRIBUTION);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("http1.1");
    }
}
