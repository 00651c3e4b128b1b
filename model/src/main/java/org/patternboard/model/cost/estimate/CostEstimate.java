package org.patternboard.model.cost.estimate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A monthly estimate of one design: per component (with line items and drivers), per group, per connection
 * (the traffic it carries), the total, what has no price, and the assumptions made. Immutable; the assumptions
 * are worded on first use, because the app re-estimates on every edit and rarely reads them.
 */
public final class CostEstimate {
    private final String region;
    private final String currency;
    private final String pricesAsOf;
    private final double scale;
    private final boolean freeTier;
    private final double total;
    private final List<ComponentCost> components;
    private final Map<String, ComponentCost> byId;
    private final List<GroupCost> groups;
    private final String[] connectionIds;
    private final double[] carried;
    private final List<Unpriced> unpriced;
    private final Supplier<List<String>> assumptionsSource;
    private volatile List<String> assumptions;

    CostEstimate(String region, String currency, String pricesAsOf, double scale, boolean freeTier, double total,
            List<ComponentCost> components, List<GroupCost> groups, String[] connectionIds, double[] carried,
            List<Unpriced> unpriced, Supplier<List<String>> assumptions) {
        this.region = region;
        this.currency = currency;
        this.pricesAsOf = pricesAsOf;
        this.scale = scale;
        this.freeTier = freeTier;
        this.total = total;
        this.components = List.copyOf(components);
        Map<String, ComponentCost> m = new HashMap<>(components.size() * 2);
        components.forEach(c -> m.put(c.id(), c));
        this.byId = m;
        this.groups = List.copyOf(groups);
        this.connectionIds = connectionIds;
        this.carried = carried;
        this.unpriced = List.copyOf(unpriced);
        this.assumptionsSource = assumptions;
    }

    public String region() {
        return region;
    }

    public String currency() {
        return currency;
    }

    public String pricesAsOf() {
        return pricesAsOf;
    }

    /** The what-if factor every entry rate was multiplied by. */
    public double scale() {
        return scale;
    }

    public boolean freeTier() {
        return freeTier;
    }

    /** The monthly total of every priced component. */
    public double total() {
        return total;
    }

    /** Every component, in id order: priced, free and unpriced ones (an unpriced one's monthly is NaN). */
    public List<ComponentCost> components() {
        return components;
    }

    /** The estimate of one component, or null for an id that is not a component. */
    public ComponentCost component(String id) {
        return byId.get(id);
    }

    /** Groups in id order, each with the total of the components inside it. */
    public List<GroupCost> groups() {
        return groups;
    }

    /** The traffic each connection carries a month, in connection-id order (connections that carry none are left out). */
    public Map<String, Double> connectionTraffic() {
        TreeMap<String, Double> m = new TreeMap<>();
        for (int i = 0; i < connectionIds.length; i++) {
            m.put(connectionIds[i], carried[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    /** What one connection carries a month (0 for one that carries nothing). */
    public double traffic(String connectionId) {
        for (int i = 0; i < connectionIds.length; i++) {
            if (connectionIds[i].equals(connectionId)) {
                return carried[i];
            }
        }
        return 0;
    }

    public List<Unpriced> unpriced() {
        return unpriced;
    }

    /** The priced components, most expensive first (ties by id): the Cost panel's biggest items. */
    public List<ComponentCost> biggest(int limit) {
        List<ComponentCost> priced = new ArrayList<>();
        for (ComponentCost c : components) {
            if (c.status() == ComponentCost.Status.PRICED) {
                priced.add(c);
            }
        }
        priced.sort(Comparator.comparingDouble(ComponentCost::monthly).reversed().thenComparing(ComponentCost::id));
        return priced.subList(0, Math.min(limit, priced.size()));
    }

    /** The assumptions the figures rest on, one sentence each, in a stable order. */
    public List<String> assumptions() {
        List<String> a = assumptions;
        if (a == null) {
            a = List.copyOf(assumptionsSource.get());
            assumptions = a;
        }
        return a;
    }
}
