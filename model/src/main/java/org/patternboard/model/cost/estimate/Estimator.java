package org.patternboard.model.cost.estimate;

import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.cost.CatalogValues;
import org.patternboard.model.cost.prices.PriceTable;
import org.patternboard.model.cost.propagation.Flow;
import org.patternboard.model.cost.propagation.PropagationRules;
import org.patternboard.model.cost.propagation.TrafficModel;
import org.patternboard.model.cost.usage.UsageDrivers;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;

/**
 * The cost estimate of a design: traffic entered at entry points flows along the connections
 * ({@link PropagationRules}), each component's usage drivers ({@link UsageDrivers}) turn it into quantities, and
 * a dated price table turns those into a monthly cost. {@link #estimate} is one full run; {@link #session} gives
 * the incremental estimator the app calls on every edit. Immutable and shared.
 */
public final class Estimator {
    private static volatile Estimator standard;

    private final PropagationRules rules;
    private final UsageDrivers drivers;
    private final CatalogValues values;
    private volatile Pricer lastPricer;

    public Estimator(Catalog catalog, PropagationRules rules, UsageDrivers drivers) {
        this.rules = rules;
        this.drivers = drivers;
        this.values = new CatalogValues(catalog);
    }

    /** The standard catalog, propagation table and usage drivers. */
    public static Estimator standard() {
        Estimator e = standard;
        if (e == null) {
            e = new Estimator(Catalog.standard(), PropagationRules.standard(), UsageDrivers.standard());
            standard = e;
        }
        return e;
    }

    /** A full estimate with us-east-1 list prices, scale 1, no free tier. */
    public CostEstimate estimate(Architecture design) {
        return estimate(design, EstimateOptions.standard());
    }

    public CostEstimate estimate(Architecture design, EstimateOptions options) {
        return session(options).update(design);
    }

    /** An incremental estimator for successive versions of one design. */
    public CostSession session(EstimateOptions options) {
        return new CostSession(this, options);
    }

    public CostSession session() {
        return session(EstimateOptions.standard());
    }

    /**
     * What a component would cost with other settings and the same traffic (no free tier): the figure a quick
     * fix or an inspector preview quotes ("Express would cost about $40").
     */
    public ComponentCost priceAs(Component variant, Flow traffic, PriceTable prices) {
        return CostSession.finish(pricer(prices).price(variant, traffic), null);
    }

    public UsageDrivers drivers() {
        return drivers;
    }

    public PropagationRules propagation() {
        return rules;
    }

    Pricer pricer(PriceTable prices) {
        Pricer p = lastPricer;
        if (p == null || p.table() != prices) { // rules price what-ifs against one table, many times per run
            p = new Pricer(prices, drivers, values);
            lastPricer = p;
        }
        return p;
    }

    TrafficModel trafficModel(double scale) {
        return new TrafficModel(rules, values, drivers, scale);
    }
}
