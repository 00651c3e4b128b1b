package org.patternboard.model.cost.estimate;

import java.util.List;
import java.util.Map;
import org.patternboard.model.cost.propagation.Flow;

/**
 * The estimate of one component.
 *
 * @param status whether it is priced, free of usage-based charges, or has no price (then {@code monthly} is NaN and
 *     it is listed in {@link CostEstimate#unpriced()}, never shown as $0)
 * @param note why it is free or unpriced, or null
 * @param drivers the usage drivers the estimate used, by name (Double or String values; unordered, writers sort)
 * @param defaulted drivers that took their documented default (the design may set them in {@code usage})
 */
public record ComponentCost(String id, String type, String name, Status status, String note, double monthly,
        List<LineItem> lineItems, Map<String, Object> drivers, List<String> defaulted, Flow traffic) {

    public enum Status { PRICED, FREE, UNPRICED }

    public ComponentCost {
        lineItems = List.copyOf(lineItems);
        java.util.HashMap<String, Object> known = new java.util.HashMap<>(drivers.size() * 2);
        drivers.forEach((k, v) -> {
            if (v != null) { // a driver with no value (a property unset, no default) reads as absent
                known.put(k, v);
            }
        });
        drivers = java.util.Collections.unmodifiableMap(known);
        defaulted = List.copyOf(defaulted);
    }

    public boolean priced() {
        return status != Status.UNPRICED;
    }

    /** The line item of that name, or null. */
    public LineItem item(String itemName) {
        for (LineItem i : lineItems) {
            if (i.name().equals(itemName)) {
                return i;
            }
        }
        return null;
    }
}
