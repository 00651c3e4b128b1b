package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.Invocations;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-028: a function left on Lambda's default timeout of 3 seconds. */
public final class FunctionTimeoutNotSet extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-028", Pillar.RELIABILITY, Severity.WARNING)
            .title("Function timeout not set")
            .rationale("Lambda's default timeout of 3 s is rarely a decision: it cuts off work that needs longer (a cold"
                    + " start plus a slow dependency) and is inconsistent with the timeouts around it (queue visibility,"
                    + " API integration, downstream calls).")
            .remedy("Set the timeout explicitly from measured duration, below the caller's timeout and within a sixth of"
                    + " the source queue's visibility timeout.")
            .references("REL 2", "serverless-rules:ES1006", "cdk-nag:Serverless-LambdaDefaultTimeout")
            .quickFix()
            .build();

    public FunctionTimeoutNotSet() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting timeout = ctx.setting(fn, "timeout");
        if (timeout.isSet()) {
            return;
        }
        out.report(timeout.describe() + ", which cuts off any invocation that needs longer",
                ctx.setFix(fn.id(), "timeout", suggested(fn, ctx)));
    }

    /** 10 s, but never more than a sixth of a source queue's visibility timeout or an API's integration timeout. */
    private static long suggested(Component fn, RuleContext ctx) {
        long t = 10;
        for (Connection q : Invocations.queues(ctx, fn.id())) {
            long vis = ctx.setting(ctx.component(q.from()), "visibilityTimeout").asLong(30);
            long window = ctx.setting(q, "maxBatchingWindow").asLong(0);
            t = Math.min(t, vis / 6 - window);
        }
        for (Connection api : ctx.incoming(fn.id(), ConnectionKind.INTEGRATES)) {
            Setting integration = ctx.setting(api, "timeout");
            if (integration.value() != null) {
                t = Math.min(t, integration.asLong(29_000) / 1000);
            }
        }
        return Math.max(1, t);
    }
}
