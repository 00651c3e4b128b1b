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

/** REL-030: a function's call to an external endpoint may take longer than the function may run. */
public final class ExternalCallOutlivesFunction extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-030", Pillar.RELIABILITY, Severity.WARNING)
            .title("External call timeout not shorter than the function timeout")
            .rationale("When a third-party call may take as long as the function is allowed to run, a slow endpoint makes"
                    + " Lambda kill the function mid-call: no error handling runs, no fallback is used, and the"
                    + " invocation fails with a timeout.")
            .remedy("Give the client call a timeout shorter than the function's, leaving time to handle the failure (for"
                    + " example with a circuit breaker).")
            .references("REL 2")
            .quickFix()
            .build();

    public ExternalCallOutlivesFunction() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting timeout = ctx.setting(fn, "timeout");
        long fnTimeout = timeout.asLong(3);
        for (Connection c : ctx.outgoing(fn.id(), ConnectionKind.INVOKES, HTTP_ENDPOINT)) {
            Setting call = ctx.setting(c, "timeout");
            if (call.asLong(10) >= fnTimeout) {
                out.report("the call to " + ctx.name(c.to()) + " may take " + call.shown() + " (" + call.describe()
                        + ") but the function may run only " + timeout.shown() + ", so it is killed mid-call",
                        fnTimeout >= 2 ? ctx.fix("Shorten the call timeout", b -> b.setOnConnection(c.id(), "timeout",
                                fnTimeout - 1)) : null, c.to(), c.id());
            }
        }
    }
}
