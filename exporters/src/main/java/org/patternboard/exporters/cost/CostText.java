package org.patternboard.exporters.cost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.CostEstimate;
import org.patternboard.model.cost.estimate.GroupCost;
import org.patternboard.model.cost.estimate.LineItem;
import org.patternboard.model.cost.estimate.Unpriced;

/** {@code patternboard cost} for people: the total, components most expensive first with their line items, groups, what has no price, assumptions. */
public final class CostText {
    private CostText() {
    }

    public static String write(String name, CostEstimate e) {
        StringBuilder sb = new StringBuilder();
        sb.append(name).append(": ").append(CostNumbers.money(e.total())).append(" a month (").append(e.region())
                .append(" list prices of ").append(e.pricesAsOf()).append(", scale ").append(CostNumbers.scale(e.scale()))
                .append(e.freeTier() ? ", free tier taken off" : "").append(")\n");
        if (!e.unpriced().isEmpty()) {
            sb.append(e.unpriced().size()).append(e.unpriced().size() == 1 ? " component has" : " components have")
                    .append(" no price and is not in the total\n");
        }
        sb.append('\n');
        for (ComponentCost c : byCost(e)) {
            sb.append(String.format(java.util.Locale.ROOT, "%12s  %s (%s)%s%n", CostNumbers.money(c.monthly()), c.id(),
                    c.type(), c.note() == null ? "" : ": " + c.note()));
            for (LineItem i : c.lineItems()) {
                if (i.quantity() == 0) {
                    continue;
                }
                sb.append(String.format(java.util.Locale.ROOT, "%12s    %s: %s %s x %s%s%n", CostNumbers.money(i.monthly()),
                        i.name(), CostNumbers.quantity(i.quantity()), i.unit(), CostNumbers.unitPrice(i.unitPrice()),
                        i.free() > 0 ? " (" + CostNumbers.quantity(i.free()) + " free)" : ""));
            }
        }
        List<GroupCost> groups = e.groups().stream().filter(g -> g.components() > 0).toList();
        if (!groups.isEmpty()) {
            sb.append("\nBy group\n");
            for (GroupCost g : groups) {
                sb.append(String.format(java.util.Locale.ROOT, "%12s  %s (%s %s)%n", CostNumbers.money(g.monthly()),
                        g.label().isBlank() ? g.id() : g.label(), g.kind(), g.id()));
            }
        }
        if (!e.unpriced().isEmpty()) {
            sb.append("\nNo price\n");
            for (Unpriced u : e.unpriced()) {
                sb.append("  ").append(u.id()).append(" (").append(u.type()).append("): ").append(u.reason()).append('\n');
            }
        }
        sb.append("\nAssumptions\n");
        for (String a : e.assumptions()) {
            sb.append("  - ").append(a).append('\n');
        }
        return sb.toString();
    }

    /** Priced and free components, most expensive first, ties by id. */
    static List<ComponentCost> byCost(CostEstimate e) {
        List<ComponentCost> list = new ArrayList<>();
        for (ComponentCost c : e.components()) {
            if (c.status() != ComponentCost.Status.UNPRICED) {
                list.add(c);
            }
        }
        list.sort(Comparator.comparingDouble(ComponentCost::monthly).reversed().thenComparing(ComponentCost::id));
        return list;
    }
}
