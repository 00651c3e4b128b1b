package org.patternboard.exporters.cost;

import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.CostEstimate;
import org.patternboard.model.cost.estimate.GroupCost;
import org.patternboard.model.cost.estimate.LineItem;
import org.patternboard.model.cost.estimate.Unpriced;

/** {@code patternboard cost --format md}: the estimate as Markdown tables, for a review document or a pull request. */
public final class CostMarkdown {
    private CostMarkdown() {
    }

    public static String write(String name, CostEstimate e) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Cost estimate: ").append(cell(name)).append("\n\n");
        sb.append("**").append(CostNumbers.money(e.total())).append(" a month** (").append(e.region())
                .append(" list prices of ").append(e.pricesAsOf()).append(", scale ").append(CostNumbers.scale(e.scale()))
                .append(e.freeTier() ? ", free tier taken off" : "").append(")\n\n");
        sb.append("| component | type | item | quantity | unit price | monthly |\n|---|---|---|---:|---:|---:|\n");
        for (ComponentCost c : CostText.byCost(e)) {
            sb.append("| **").append(cell(c.id())).append("** | ").append(c.type()).append(" | ")
                    .append(c.note() == null ? "" : cell(c.note())).append(" | | | **")
                    .append(CostNumbers.money(c.monthly())).append("** |\n");
            for (LineItem i : c.lineItems()) {
                if (i.quantity() == 0) {
                    continue;
                }
                sb.append("| | | ").append(cell(i.name())).append(" | ").append(CostNumbers.quantity(i.quantity())).append(' ')
                        .append(cell(i.unit())).append(" | ").append(CostNumbers.unitPrice(i.unitPrice())).append(" | ")
                        .append(CostNumbers.money(i.monthly())).append(" |\n");
            }
        }
        if (e.groups().stream().anyMatch(g -> g.components() > 0)) {
            sb.append("\n| group | kind | monthly |\n|---|---|---:|\n");
            for (GroupCost g : e.groups()) {
                if (g.components() > 0) {
                    sb.append("| ").append(cell(g.label().isBlank() ? g.id() : g.label())).append(" | ").append(g.kind())
                            .append(" | ").append(CostNumbers.money(g.monthly())).append(" |\n");
                }
            }
        }
        if (!e.unpriced().isEmpty()) {
            sb.append("\n## No price\n\n");
            for (Unpriced u : e.unpriced()) {
                sb.append("- `").append(u.id()).append("` (").append(u.type()).append("): ").append(cell(u.reason())).append('\n');
            }
        }
        sb.append("\n## Assumptions\n\n");
        e.assumptions().forEach(a -> sb.append("- ").append(cell(a)).append('\n'));
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
