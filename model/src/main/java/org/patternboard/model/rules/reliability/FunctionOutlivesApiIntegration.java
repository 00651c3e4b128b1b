package org.patternboard.model.rules.reliability;

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

/** REL-029: a function behind an API may run longer than the API waits for it. */
public final class FunctionOutlivesApiIntegration extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-029", Pillar.RELIABILITY, Severity.WARNING)
            .title("Function timeout longer than the API integration timeout")
            .rationale("API Gateway stops waiting after its integration timeout (29 s for REST, 30 s for HTTP APIs) and"
                    + " returns 504, while the function keeps running and billing; the client may retry and start the"
                    + " work twice.")
            .remedy("Keep the function's timeout within the integration timeout, or make long work asynchronous.")
            .references("REL 2", "COST 1")
            .quickFix()
            .build();

    public FunctionOutlivesApiIntegration() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting timeout = ctx.setting(fn, "timeout");
        long fnMillis = timeout.asLong(3) * 1000;
        for (Connection c : ctx.incoming(fn.id(), ConnectionKind.INTEGRATES, REST_API, HTTP_API)) {
            Setting integration = ctx.setting(c, "timeout");
            long limit = integration.asLong(29_000);
            if (fnMillis > limit) {
                out.report(timeout.describe() + " but " + ctx.name(c.from()) + " stops waiting after "
                        + integration.shown() + ", so callers get a 504 while the function keeps running",
                        ctx.setFix(fn.id(), "timeout", Math.max(1, limit / 1000)), c.from(), c.id());
            }
        }
    }
}
