package org.patternboard.model.cost.prices;

import java.util.List;
import java.util.Map;

/**
 * One priced dimension of a type: its quantity is a usage driver, priced flat, by tiers, or by the value of
 * another driver ({@code priceBy}: an instance class); {@code when} limits it to some driver values.
 *
 * @param when driver name to the values (as text) for which the item applies; empty: always
 * @param price the flat unit price, or null when tiered or priced by a driver
 * @param freeTier the free quantity a month for an account (used only with the free tier option), or 0
 * @param freeTierPool the key items share one free tier by (Lambda's compute on both architectures)
 */
public record PriceItem(
        String name,
        String quantity,
        String unit,
        Map<String, List<String>> when,
        Double price,
        List<Tier> tiers,
        String priceBy,
        Map<String, Double> prices,
        double freeTier,
        String freeTierPool) {

    public PriceItem {
        when = when == null ? Map.of() : Map.copyOf(when);
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }

    /** A price band: up to {@code upTo} units a month in total (null: no limit) at {@code price} each. */
    public record Tier(Double upTo, double price) {
    }

    /** The cost of {@code quantity} units, of which the first {@code free} are free, at a flat or tiered price. */
    public double cost(double quantity, double free, double flatPrice) {
        if (tiers.isEmpty()) {
            return Math.max(0, quantity - free) * flatPrice;
        }
        double total = 0;
        double lower = 0;
        for (Tier t : tiers) {
            double upper = t.upTo() == null ? Double.POSITIVE_INFINITY : t.upTo();
            // free units come off the bottom of the first bands, as AWS applies them
            double from = Math.max(lower, free);
            double to = Math.min(upper, quantity);
            if (to > from) {
                total += (to - from) * t.price();
            }
            lower = upper;
            if (lower >= quantity) {
                break;
            }
        }
        return total;
    }

    /** The list price of the first unit (the first tier's price when tiered), or null when priced by a driver. */
    public Double listPrice() {
        return price != null ? price : tiers.isEmpty() ? null : tiers.get(0).price();
    }
}
