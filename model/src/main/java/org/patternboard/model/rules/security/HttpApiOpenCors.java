package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-033: HTTP API CORS allows any origin. */
public final class HttpApiOpenCors extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-033", Pillar.SECURITY, Severity.INFO)
            .title("HTTP API allows requests from any origin")
            .rationale("A wildcard CORS origin lets scripts on any web site call the API from their visitors' browsers; only the front ends that need it should be allowed.")
            .remedy("List the allowed origins explicitly.")
            .references("SEC 1")
            .build();

    public HttpApiOpenCors() {
        super(INFO, "corsAllowOrigins", null,
                "any web site can call the API from its visitors' browsers",
                HTTP_API);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.value() instanceof java.util.List<?> l && l.contains("*");
    }
}
