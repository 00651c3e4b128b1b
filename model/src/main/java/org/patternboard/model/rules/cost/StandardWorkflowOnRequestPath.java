package org.patternboard.model.rules.cost;

import static org.patternboard.model.rules.Types.*;

import java.util.List;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Component;
import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.LineItem;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** COST-008: a Standard workflow started for every API request. */
public final class StandardWorkflowOnRequestPath extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("COST-008", Pillar.COST_OPTIMIZATION, Severity.INFO)
            .title("Standard workflow started for every API request")
            .rationale("Standard workflows are billed per state transition and suit long, exactly-once processes; a"
                    + " workflow started for every API request is usually short and high-volume, which Express"
                    + " workflows run for a fraction of the price.")
            .remedy("Use an EXPRESS state machine when each execution is short (under five minutes) and idempotent.")
            .references("COST 1")
            .build();

    public StandardWorkflowOnRequestPath() {
        super(INFO, STATE_MACHINE);
    }

    @Override
    protected void check(Component sm, RuleContext ctx, Findings out) {
        Setting type = ctx.setting(sm, "type");
        List<Connection> apis = ctx.incoming(sm.id(), ConnectionKind.INTEGRATES, REST_API, HTTP_API, WEBSOCKET_API);
        if (type.is("STANDARD") && !apis.isEmpty()) {
            out.report(type.describe() + " while " + ctx.name(apis.get(0).from())
                    + " starts an execution per request, each billed per state transition" + figures(sm, ctx),
                    apis.get(0).from());
        }
    }

    /** ": 30,000,000 transitions a month cost $750.00; Express would cost about $40.00", from the estimate. */
    static String figures(Component sm, RuleContext ctx) {
        LineItem transitions = CostFigures.item(ctx.cost(sm.id()), "state transitions");
        ComponentCost express = ctx.costIf(sm.withProperty("type", "EXPRESS"));
        if (transitions == null || express == null || transitions.quantity() == 0) {
            return "";
        }
        return ": " + CostFigures.count(transitions.quantity()) + " transitions a month cost "
                + CostFigures.money(transitions.monthly()) + "; Express would cost about "
                + CostFigures.money(express.monthly());
    }
}
