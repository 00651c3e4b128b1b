package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.LAMBDA;

import java.util.EnumSet;
import java.util.Set;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Severity;

/** OPS-019: a function nothing in the design invokes. */
public final class FunctionNeverInvoked extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-019", Pillar.OPERATIONAL_EXCELLENCE, Severity.INFO)
            .title("Function that nothing invokes")
            .rationale("A function without a caller, event source, schedule or workflow is either a missing connection"
                    + " in the design or dead code that still needs patching, permissions and a log group.")
            .remedy("Connect what calls it (API, event source, schedule, workflow), or remove it.")
            .references("OPS 2")
            .build();

    private static final Set<ConnectionKind> CALLS = EnumSet.of(ConnectionKind.INVOKES, ConnectionKind.TRIGGERS,
            ConnectionKind.SUBSCRIBES, ConnectionKind.ROUTES, ConnectionKind.INTEGRATES, ConnectionKind.ORCHESTRATES,
            ConnectionKind.FAILS_TO, ConnectionKind.SUCCEEDS_TO);

    public FunctionNeverInvoked() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        for (Connection c : ctx.incoming(fn.id())) {
            if (CALLS.contains(c.kind())) {
                return;
            }
        }
        if (!ctx.outgoing(fn.id(), ConnectionKind.AUTHORIZES).isEmpty()) {
            return;
        }
        out.report("no API, event source, schedule, workflow or other component invokes this function");
    }
}
