package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-028: RDS Proxy TLS not required. */
public final class ProxyWithoutTls extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-028", Pillar.SECURITY, Severity.WARNING)
            .title("RDS Proxy does not require TLS")
            .rationale("Requiring TLS at the proxy guarantees that credentials and query results between functions and the proxy are encrypted.")
            .remedy("Turn on require TLS for the proxy.")
            .references("SEC 2")
            .quickFix()
            .build();

    public ProxyWithoutTls() {
        super(INFO, "requireTls", true,
                "clients may connect without TLS",
                DB_PROXY);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
