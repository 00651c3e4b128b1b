package org.patternboard.exporters.cost;

import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.CostEstimate;
import org.patternboard.model.cost.estimate.LineItem;
import org.patternboard.model.cost.estimate.Unpriced;

/** {@code patternboard cost --format csv}: one row per line item (RFC 4180 quoting), for spreadsheets. */
public final class CostCsv {
    private CostCsv() {
    }

    public static String write(CostEstimate e) {
        StringBuilder sb = new StringBuilder("component,type,item,quantity,unit,unitPrice,monthly\r\n");
        for (ComponentCost c : e.components()) {
            if (c.status() == ComponentCost.Status.UNPRICED) {
                continue;
            }
            if (c.lineItems().isEmpty()) {
                row(sb, c.id(), c.type(), c.note() == null ? "" : c.note(), "", "", "", CostNumbers.data(0).toPlainString());
            }
            for (LineItem i : c.lineItems()) {
                row(sb, c.id(), c.type(), i.name(), CostNumbers.data(i.quantity()).toPlainString(), i.unit(),
                        Double.toString(i.unitPrice()), CostNumbers.data(i.monthly()).toPlainString());
            }
        }
        for (Unpriced u : e.unpriced()) {
            row(sb, u.id(), u.type(), "unpriced: " + u.reason(), "", "", "", "");
        }
        row(sb, "total", "", "", "", "", "", CostNumbers.data(e.total()).toPlainString());
        return sb.toString();
    }

    private static void row(StringBuilder sb, String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            String c = cells[i];
            if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
                sb.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(c);
            }
        }
        sb.append("\r\n");
    }
}
