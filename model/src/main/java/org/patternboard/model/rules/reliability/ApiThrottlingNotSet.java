package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-027: an API stage left on the account's default throttling. */
public final class ApiThrottlingNotSet extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-027", Pillar.RELIABILITY, Severity.WARNING)
            .title("API stage without explicit throttling")
            .rationale("Without stage limits an API accepts up to the account-wide default of 10,000 requests per second,"
                    + " shared with every other API in the region: one client's burst can exhaust the backend and the"
                    + " account's Lambda concurrency.")
            .remedy("Set a steady-state rate and a burst limit on the stage that the backend can sustain.")
            .references("REL 1", "serverless-rules:ES2003", "cdk-nag:Serverless-APIGWDefaultThrottling")
            .quickFix()
            .build();

    public ApiThrottlingNotSet() {
        super(INFO, REST_API, HTTP_API, WEBSOCKET_API);
    }

    @Override
    protected void check(Component api, RuleContext ctx, Findings out) {
        Setting rate = ctx.setting(api, "throttlingRateLimit");
        Setting burst = ctx.setting(api, "throttlingBurstLimit");
        if (rate.isSet() && burst.isSet()) {
            return;
        }
        String what = !rate.isSet() && !burst.isSet() ? rate.describe() + " and " + burst.describe()
                : !rate.isSet() ? rate.describe() : burst.describe();
        out.report(what + ", the account-wide limits shared with every other API", ctx.fix("Throttle " + api.name(), b -> {
            if (!rate.isSet()) {
                b.set(api.id(), "throttlingRateLimit", 1000L);
            }
            if (!burst.isSet()) {
                b.set(api.id(), "throttlingBurstLimit", 500L);
            }
        }));
    }
}
