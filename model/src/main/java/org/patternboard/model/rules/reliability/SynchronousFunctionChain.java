package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.LAMBDA;

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

/** REL-011: one function calls another synchronously and waits for it. */
public final class SynchronousFunctionChain extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-011", Pillar.RELIABILITY, Severity.WARNING)
            .title("Function calls another function synchronously")
            .rationale("In a synchronous chain the caller pays for idle time while it waits, its timeout must cover the"
                    + " callee's, throttling or failure of the callee fails the caller, and retries multiply. The lens"
                    + " recommends orchestrating with Step Functions or decoupling with events instead.")
            .remedy("Orchestrate the steps with a Step Functions state machine, or hand the work over asynchronously"
                    + " (an event, a queue, or an Event invocation with a failure destination).")
            .references("REL 2", "COST 1", "PER 1")
            .build();

    public SynchronousFunctionChain() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        for (Connection c : ctx.outgoing(fn.id(), ConnectionKind.INVOKES, LAMBDA)) {
            Setting type = ctx.setting(c, "invocationType");
            if (type.is("RequestResponse")) {
                out.report("calls " + ctx.name(c.to()) + " and waits for it (" + type.describe()
                        + "): the caller pays while waiting and fails when the callee fails", c.to(), c.id());
            }
        }
    }
}
