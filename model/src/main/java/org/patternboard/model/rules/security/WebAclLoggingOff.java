package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-009: WAF logging off. */
public final class WebAclLoggingOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-009", Pillar.SECURITY, Severity.WARNING)
            .title("WAF web ACL without logging")
            .rationale("WAF logs show which rules matched which requests; without them false positives cannot be tuned and attacks cannot be investigated.")
            .remedy("Turn on logging for the web ACL.")
            .references("SEC 1", "cdk-nag:HIPAA.Security-WAFv2LoggingEnabled")
            .quickFix()
            .build();

    public WebAclLoggingOff() {
        super(INFO, "logging", true,
                "blocked and allowed requests leave no record",
                WEB_ACL);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
