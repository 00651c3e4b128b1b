package org.patternboard.model.cost.estimate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.patternboard.model.cost.propagation.TrafficModel;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;

/**
 * Estimates successive versions of one design, redoing only what an edit touched: a changed property or usage
 * re-propagates traffic downstream of it and re-prices the components whose traffic or settings changed; a move
 * changes nothing. Adding, removing or re-wiring components or connections rebuilds the traffic graph. The
 * result is always the same as a full {@link Estimator#estimate} of the new design. Not thread-safe: one session
 * per view-model, calls must not overlap.
 */
public final class CostSession {
    private final Pricer pricer;
    private final EstimateOptions options;
    private final TrafficModel traffic;
    /** In component-id order: filled in design order on a rebuild; updates replace values in place. */
    private final Map<String, Pricer.Priced> priced = new java.util.LinkedHashMap<>();
    /** Finished component estimates, reused while nothing about them changed (free tier off). */
    private final Map<String, ComponentCost> finished = new HashMap<>();
    private final Assumptions assumptions;
    private Architecture previous;
    private CostEstimate result;
    /** Components re-priced by the last update, or null when it rebuilt everything. */
    private Set<String> lastRepriced;

    CostSession(Estimator estimator, EstimateOptions options) {
        this.options = options;
        this.pricer = estimator.pricer(options.prices());
        this.traffic = estimator.trafficModel(options.scale());
        this.assumptions = new Assumptions(options);
    }

    public EstimateOptions options() {
        return options;
    }

    /** The estimate of {@code design}, reusing the work done for the previous update where nothing changed. */
    public CostEstimate update(Architecture design) {
        if (design == previous && result != null) {
            return result;
        }
        List<Component> changedComponents = new ArrayList<>();
        List<Connection> changedConnections = new ArrayList<>();
        if (previous == null || rewired(previous, design, changedComponents, changedConnections)) {
            traffic.rebuild(design);
            priced.clear();
            finished.clear();
            for (Component c : design.components()) {
                priced.put(c.id(), pricer.price(c, traffic.flow(c.id())));
            }
            lastRepriced = null;
        } else {
            Set<String> reprice = new TreeSet<>(traffic.update(changedComponents, changedConnections));
            changedComponents.forEach(c -> reprice.add(c.id()));
            for (String id : reprice) {
                Component c = design.componentOrNull(id);
                priced.put(id, pricer.price(c, traffic.flow(id)));
                finished.remove(id);
            }
            lastRepriced = reprice;
        }
        previous = design;
        result = assemble(design);
        return result;
    }

    /**
     * The ids of the components the last {@link #update} re-priced (their estimate may have changed; others are the
     * same objects as before), or empty when it rebuilt everything and any may have changed.
     */
    public java.util.Optional<Set<String>> lastRepriced() {
        return java.util.Optional.ofNullable(lastRepriced);
    }

    /**
     * Whether the traffic graph changed (components or connections added, removed, re-typed or re-wired); when it
     * did not, collects the components and connections whose settings changed.
     */
    private static boolean rewired(Architecture before, Architecture after, List<Component> components,
            List<Connection> connections) {
        if (before.components() != after.components()) {
            Iterator<Component> bi = before.components().iterator();
            Iterator<Component> ai = after.components().iterator();
            while (bi.hasNext() || ai.hasNext()) {
                if (!bi.hasNext() || !ai.hasNext()) {
                    return true;
                }
                Component b = bi.next();
                Component a = ai.next();
                if (b == a) {
                    continue;
                }
                if (!b.id().equals(a.id()) || !b.type().equals(a.type())) {
                    return true;
                }
                if (!b.properties().equals(a.properties()) || !b.extra().equals(a.extra()) || !b.name().equals(a.name())) {
                    components.add(a);
                }
            }
        }
        if (before.connections() != after.connections()) {
            Iterator<Connection> bi = before.connections().iterator();
            Iterator<Connection> ai = after.connections().iterator();
            while (bi.hasNext() || ai.hasNext()) {
                if (!bi.hasNext() || !ai.hasNext()) {
                    return true;
                }
                Connection b = bi.next();
                Connection a = ai.next();
                if (b == a) {
                    continue;
                }
                if (!b.id().equals(a.id()) || !b.from().equals(a.from()) || !b.to().equals(a.to()) || b.kind() != a.kind()) {
                    return true;
                }
                if (!b.properties().equals(a.properties()) || !b.extra().equals(a.extra())) {
                    connections.add(a);
                }
            }
        }
        return false;
    }

    private CostEstimate assemble(Architecture design) {
        FreeTier free = options.freeTier() ? new FreeTier() : null;
        List<ComponentCost> costs = new ArrayList<>(priced.size());
        List<Unpriced> unpriced = new ArrayList<>();
        double total = 0;
        for (Pricer.Priced p : priced.values()) {
            ComponentCost cost = free == null ? finished.get(p.component().id()) : null;
            if (cost == null) {
                cost = finish(p, free);
                if (free == null) {
                    finished.put(cost.id(), cost);
                }
            }
            costs.add(cost);
            if (cost.status() == ComponentCost.Status.UNPRICED) {
                unpriced.add(new Unpriced(cost.id(), cost.type(), cost.note()));
            } else {
                total += cost.monthly();
            }
        }
        List<GroupCost> groups = groups(design, costs);
        String[] ids = traffic.carryingConnections();
        double[] carried = traffic.carriedSnapshot();
        List<String> cut = traffic.cutConnections();
        List<ComponentCost> snapshot = List.copyOf(costs);
        return new CostEstimate(options.prices().region(), options.prices().currency(), options.prices().pricesAsOf(),
                options.scale(), options.freeTier(), total, snapshot, groups, ids, carried, unpriced,
                () -> assumptions.of(design, snapshot, cut));
    }

    static ComponentCost finish(Pricer.Priced p, FreeTier free) {
        Component c = p.component();
        if (p.status() != ComponentCost.Status.PRICED) {
            double monthly = p.status() == ComponentCost.Status.FREE ? 0 : Double.NaN;
            return new ComponentCost(c.id(), c.type(), c.name(), p.status(), p.note(), monthly, List.of(), p.drivers(),
                    p.defaulted(), p.traffic());
        }
        List<LineItem> items = new ArrayList<>(p.quantities().size());
        double monthly = 0;
        for (Pricer.Quantity q : p.quantities()) {
            double freeUnits = free == null ? 0 : free.take(q.item(), q.quantity());
            double cost = q.cost(freeUnits);
            Double list = q.item().listPrice();
            items.add(new LineItem(q.item().name(), q.quantity(), q.item().unit(),
                    Double.isNaN(q.unitPrice()) ? (list == null ? 0 : list) : q.unitPrice(), freeUnits, cost));
            monthly += cost;
        }
        return new ComponentCost(c.id(), c.type(), c.name(), ComponentCost.Status.PRICED, null, monthly, items,
                p.drivers(), p.defaulted(), p.traffic());
    }

    private static List<GroupCost> groups(Architecture design, List<ComponentCost> costs) {
        Collection<Group> groups = design.groups();
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<String, Group> byId = new HashMap<>();
        groups.forEach(g -> byId.put(g.id(), g));
        Map<String, double[]> sums = new TreeMap<>();
        for (ComponentCost cost : costs) {
            Component c = design.componentOrNull(cost.id());
            String parent = c.parent();
            int guard = 0;
            while (parent != null && guard++ < 1000) { // a hand-edited file may nest groups in a loop
                Group g = byId.get(parent);
                if (g == null) {
                    break;
                }
                double[] s = sums.computeIfAbsent(g.id(), k -> new double[2]);
                if (cost.status() != ComponentCost.Status.UNPRICED) {
                    s[0] += cost.monthly();
                }
                s[1]++;
                parent = g.parent();
            }
        }
        List<GroupCost> result = new ArrayList<>();
        for (Group g : groups) {
            double[] s = sums.getOrDefault(g.id(), new double[2]);
            result.add(new GroupCost(g.id(), g.label(), g.kind().id(), s[0], (int) s[1]));
        }
        return result;
    }

    /** The account's free tier, taken by components in id order. */
    private static final class FreeTier {
        private final Map<String, Double> used = new HashMap<>();

        double take(org.patternboard.model.cost.prices.PriceItem item, double quantity) {
            if (item.freeTier() <= 0 || quantity <= 0) {
                return 0;
            }
            double left = item.freeTier() - used.getOrDefault(item.freeTierPool(), 0.0);
            double taken = Math.max(0, Math.min(left, quantity));
            used.merge(item.freeTierPool(), taken, Double::sum);
            return taken;
        }
    }
}
