package org.patternboard.model.cost.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patternboard.model.cost.CatalogValues;
import org.patternboard.model.cost.prices.PriceItem;
import org.patternboard.model.cost.prices.PriceTable;
import org.patternboard.model.cost.prices.TypePrices;
import org.patternboard.model.cost.propagation.Flow;
import org.patternboard.model.cost.usage.DriverValues;
import org.patternboard.model.cost.usage.UsageDrivers;
import org.patternboard.model.design.Component;

/**
 * Turns one component and its traffic into priced quantities with the price table; the free tier is applied
 * afterwards across the design (it is the account's, not the component's).
 */
public final class Pricer {
    private final PriceTable table;
    private final UsageDrivers drivers;
    private final CatalogValues values;

    /** A quantity of one price item at a resolved unit price (NaN when the item is tiered). */
    public record Quantity(PriceItem item, double quantity, double unitPrice) {
        double cost(double free) {
            return item.cost(quantity, free, unitPrice);
        }
    }

    /** The priced quantities of one component, before the free tier. */
    public record Priced(Component component, ComponentCost.Status status, String note, List<Quantity> quantities,
            Map<String, Object> drivers, List<String> defaulted, Flow traffic) {
    }

    public Pricer(PriceTable table, UsageDrivers drivers, CatalogValues values) {
        this.table = table;
        this.drivers = drivers;
        this.values = values;
    }

    public PriceTable table() {
        return table;
    }

    public Priced price(Component c, Flow flow) {
        DriverValues dv = new DriverValues(drivers, values, c, flow);
        TypePrices prices = table.prices(c.type());
        if (prices == null) {
            String free = table.freeReason(c.type());
            if (free != null) {
                return new Priced(c, ComponentCost.Status.FREE, free, List.of(), Map.of(), List.of(), flow);
            }
            return new Priced(c, ComponentCost.Status.UNPRICED, "no price table entry", List.of(), Map.of(), List.of(),
                    flow);
        }
        for (Map.Entry<String, List<String>> only : prices.onlyWhen().entrySet()) {
            String v = dv.text(only.getKey());
            if (!only.getValue().contains(v)) {
                return new Priced(c, ComponentCost.Status.UNPRICED, "no price for " + only.getKey() + " '" + v + "'",
                        List.of(), dv.resolved(), List.copyOf(dv.defaulted()), flow);
            }
        }
        List<Quantity> quantities = new ArrayList<>(prices.items().size());
        for (PriceItem item : prices.items()) {
            if (!applies(item, dv)) {
                continue;
            }
            double q = dv.number(item.quantity());
            double unit;
            if (item.priceBy() != null) {
                String key = dv.text(item.priceBy());
                Double p = item.prices().get(key);
                if (p == null) {
                    if (q == 0) {
                        continue;
                    }
                    return new Priced(c, ComponentCost.Status.UNPRICED, "no price for " + item.priceBy() + " '" + key
                            + "'", List.of(), dv.resolved(), List.copyOf(dv.defaulted()), flow);
                }
                unit = p;
            } else {
                unit = item.price() != null ? item.price() : Double.NaN;
            }
            quantities.add(new Quantity(item, q, unit));
        }
        return new Priced(c, ComponentCost.Status.PRICED, null, quantities, dv.resolved(), List.copyOf(dv.defaulted()),
                flow);
    }

    private static boolean applies(PriceItem item, DriverValues dv) {
        for (Map.Entry<String, List<String>> w : item.when().entrySet()) {
            if (!w.getValue().contains(dv.text(w.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
