package org.patternboard.model.rules.cost;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.catalog.ConnectionKind;
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

/** COST-002: a function's log group keeps logs for ever. */
public final class FunctionLogRetentionNever extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("COST-002", Pillar.COST_OPTIMIZATION, Severity.WARNING)
            .title("Function logs kept for ever")
            .rationale("The log group Lambda creates for a function never expires, so every line ever logged is stored"
                    + " and billed every month; most logs are useless after a few weeks.")
            .remedy("Set the function's log retention (for example 30 days), or send its logs to a log group that has"
                    + " one.")
            .references("COST 1", "serverless-rules:WS1004", "WA:SUS04-BP03")
            .quickFix()
            .build();

    public FunctionLogRetentionNever() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting retention = ctx.setting(fn, "logRetentionDays");
        if (retention.is("never") && ctx.outgoing(fn.id(), ConnectionKind.WRITES, LOG_GROUP).isEmpty()) {
            out.report(retention.describe() + "; the function's logs are stored and billed indefinitely" + figures(fn, ctx),
                    ctx.setFix(fn.id(), "logRetentionDays", "30"));
        }
    }

    private static String figures(Component fn, RuleContext ctx) {
        ComponentCost cost = ctx.cost(fn.id());
        Object gb = cost == null ? null : cost.drivers().get("logGb");
        LineItem storage = CostFigures.item(cost, "log storage");
        if (!(gb instanceof Double g) || g <= 0 || storage == null) {
            return "";
        }
        return ": " + CostFigures.gb(g) + " a month, and a year of it costs " + CostFigures.money(storage.monthly())
                + " a month to store, growing every month";
    }
}
