package org.patternboard.exporters.report;

import java.util.List;
import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.CostEstimate;

/**
 * The report's cost section: the monthly estimate (docs/cost.md), its biggest components and its assumptions,
 * so "what will this cost?" is answered in the review document itself.
 *
 * @param rows the priced components with a cost, most expensive first (at most {@link #MAX_ROWS})
 * @param unpriced components with no price, by id: never shown as $0
 */
public record ReportCost(double total, String region, String pricesAsOf, List<Row> rows, int moreRows,
        List<String> unpriced, List<String> assumptions) {
    static final int MAX_ROWS = 15;

    public record Row(String id, String name, String typeName, double monthly, String mainItems) {
    }

    public ReportCost {
        rows = List.copyOf(rows);
        unpriced = List.copyOf(unpriced);
        assumptions = List.copyOf(assumptions);
    }

    static ReportCost of(CostEstimate e, java.util.function.Function<String, String> typeName) {
        List<ComponentCost> costly = e.components().stream()
                .filter(c -> c.status() == ComponentCost.Status.PRICED && c.monthly() > 0)
                .sorted(java.util.Comparator.comparingDouble(ComponentCost::monthly).reversed()
                        .thenComparing(ComponentCost::id))
                .toList();
        List<Row> rows = costly.stream().limit(MAX_ROWS).map(c -> new Row(c.id(), c.name(), typeName.apply(c.type()),
                c.monthly(), mainItems(c))).toList();
        return new ReportCost(e.total(), e.region(), e.pricesAsOf(), rows, Math.max(0, costly.size() - MAX_ROWS),
                e.unpriced().stream().map(u -> u.id() + " (" + u.type() + ")").toList(), e.assumptions());
    }

    private static String mainItems(ComponentCost c) {
        return String.join(", ", c.lineItems().stream()
                .sorted(java.util.Comparator.comparingDouble((org.patternboard.model.cost.estimate.LineItem i) -> i.monthly())
                        .reversed().thenComparing(i -> i.name()))
                .limit(2).map(i -> i.name()).toList());
    }

    /** "$1,234.56" (two decimals: a report is read next to invoices). */
    public static String money(double dollars) {
        return String.format(java.util.Locale.ROOT, "$%,.2f", dollars);
    }
}
