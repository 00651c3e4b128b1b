package org.patternboard.model.rules.cost;

import static org.patternboard.model.rules.Types.TABLE;

import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** COST-012: a provisioned table whose estimated traffic uses little of the capacity paid for. */
public final class TableCapacityIdle extends ComponentRule {
    /** Provisioned capacity used less than this share of the month counts as idle. */
    static final double IDLE_BELOW = 0.2;

    static final RuleInfo INFO = RuleInfo.builder("COST-012", Pillar.COST_OPTIMIZATION, Severity.WARNING)
            .title("Provisioned table capacity idle most of the month")
            .rationale("Provisioned read and write capacity is billed every hour whether used or not; when the traffic"
                    + " uses a small part of it, on-demand capacity bills only the requests and costs less.")
            .remedy("Use on-demand (PAY_PER_REQUEST) capacity, or lower the provisioned capacity to the load.")
            .references("COST 1", "COST 6")
            .quickFix()
            .build();

    public TableCapacityIdle() {
        super(INFO, TABLE);
    }

    @Override
    protected void check(Component table, RuleContext ctx, Findings out) {
        Setting mode = ctx.setting(table, "billingMode");
        ComponentCost now = ctx.cost(table.id());
        if (!mode.is("PROVISIONED") || now == null) {
            return;
        }
        double seconds = ctx.monthSeconds();
        double capacity = seconds * (number(now, "writeCapacity") + number(now, "readCapacity"));
        double provisioned = CostFigures.items(now, "write capacity", "read capacity");
        ComponentCost onDemand = ctx.costIf(table.withProperty("billingMode", "PAY_PER_REQUEST"));
        if (onDemand == null) {
            return;
        }
        // capacity units the traffic consumes: the request units the same traffic would be billed on demand
        double used = number(onDemand, "writeRequestUnits") + number(onDemand, "readRequestUnits");
        double requests = CostFigures.items(onDemand, "write request units", "read request units");
        if (capacity > 0 && used / capacity < IDLE_BELOW && requests < provisioned) {
            out.report(mode.describe() + ": its capacity costs " + CostFigures.money(provisioned) + " a month but the"
                    + " traffic uses " + Math.round(100 * used / capacity) + "% of it; on demand the same requests would"
                    + " cost " + CostFigures.money(requests),
                    ctx.setFix(table.id(), "billingMode", "PAY_PER_REQUEST"));
        }
    }

    private static double number(ComponentCost c, String driver) {
        return c.drivers().get(driver) instanceof Double d ? d : 0;
    }
}
