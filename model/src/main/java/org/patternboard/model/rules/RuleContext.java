package org.patternboard.model.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.CostEstimate;
import org.patternboard.model.cost.estimate.Estimator;

/**
 * What a rule may read: components, their connections (from the run's index, never by scanning), resolved
 * property values with the catalog's defaults, and a way to plan quick fixes.
 */
public final class RuleContext {
    private final DesignIndex index;
    private final PropertyDefaults defaults;
    private final Catalog catalog;
    /** The cost estimate of the document being checked, computed once per update for all rules. */
    private CostEstimate estimate;

    RuleContext(DesignIndex index, PropertyDefaults defaults, Catalog catalog) {
        this.index = index;
        this.defaults = defaults;
        this.catalog = catalog;
    }

    public Catalog catalog() {
        return catalog;
    }

    void estimate(CostEstimate e) {
        this.estimate = e;
    }

    /** The monthly cost estimate of a component in the design being checked, or null for no such component. */
    public ComponentCost cost(String componentId) {
        return estimate == null ? null : estimate.component(componentId);
    }

    /**
     * What a component would cost with other settings and the traffic it has now (for messages such as "Express
     * would cost about $40"), or null when it has no estimate.
     */
    public ComponentCost costIf(Component variant) {
        ComponentCost now = cost(variant.id());
        return now == null ? null : Estimator.standard().priceAs(variant, now.traffic(),
                org.patternboard.model.cost.estimate.EstimateOptions.standard().prices());
    }

    /** Seconds in the estimate's month (730 hours). */
    public double monthSeconds() {
        return Estimator.standard().propagation().monthSeconds();
    }

    /** Dollars as the rules' messages write them: "$750.00", "$0.37". */
    public static String dollars(double amount) {
        return String.format(java.util.Locale.ROOT, "$%,.2f", amount);
    }

    /** The component with this id, or null (a connection may dangle in a hand-edited file). */
    public Component component(String id) {
        return index.component(id);
    }

    /** A component's display name, or the id when there is no such component. */
    public String name(String id) {
        Component c = index.component(id);
        return c == null ? id : c.name();
    }

    /** The type of a component, or "" when there is no such component. */
    public String typeOf(String id) {
        Component c = index.component(id);
        return c == null ? "" : c.type();
    }

    public boolean isType(String id, String... types) {
        String t = typeOf(id);
        for (String type : types) {
            if (type.equals(t)) {
                return true;
            }
        }
        return false;
    }

    /** Connections leaving a component, ordered by id. */
    public List<Connection> outgoing(String id) {
        return index.outgoing(id);
    }

    /** Connections arriving at a component, ordered by id. */
    public List<Connection> incoming(String id) {
        return index.incoming(id);
    }

    public List<Connection> outgoing(String id, ConnectionKind kind) {
        return filter(index.outgoing(id), kind);
    }

    public List<Connection> incoming(String id, ConnectionKind kind) {
        return filter(index.incoming(id), kind);
    }

    /** Outgoing connections of a kind whose target has one of the types. */
    public List<Connection> outgoing(String id, ConnectionKind kind, String... toTypes) {
        List<Connection> result = new ArrayList<>(2);
        for (Connection c : index.outgoing(id)) {
            if (c.kind() == kind && isType(c.to(), toTypes)) {
                result.add(c);
            }
        }
        return result;
    }

    /** Incoming connections of a kind whose source has one of the types. */
    public List<Connection> incoming(String id, ConnectionKind kind, String... fromTypes) {
        List<Connection> result = new ArrayList<>(2);
        for (Connection c : index.incoming(id)) {
            if (c.kind() == kind && isType(c.from(), fromTypes)) {
                result.add(c);
            }
        }
        return result;
    }

    private static List<Connection> filter(List<Connection> list, ConnectionKind kind) {
        List<Connection> result = new ArrayList<>(2);
        for (Connection c : list) {
            if (c.kind() == kind) {
                result.add(c);
            }
        }
        return result;
    }

    /** Ids of every component of a type, in id order (for design rules). */
    public Collection<String> ofType(String type) {
        return index.idsOfType(type);
    }

    /** A component property, falling back to the catalog's default. */
    public Setting setting(Component c, String property) {
        return PropertyDefaults.setting(property, c.property(property), defaults.component(c.type(), property));
    }

    /** A connection property, falling back to the catalog's default for this (from, kind, to). */
    public Setting setting(Connection c, String property) {
        return PropertyDefaults.setting(property, c.property(property),
                defaults.connection(typeOf(c.from()), c.kind(), typeOf(c.to()), property));
    }

    /** A quick fix planned, when applied, against the document it is applied to. */
    public QuickFix fix(String description, Consumer<FixBuilder> plan) {
        Catalog cat = catalog;
        return new QuickFix(description, design -> {
            FixBuilder b = new FixBuilder(design, cat);
            plan.accept(b);
            return b.build(description);
        });
    }

    /** The common quick fix: set one property of one component. */
    public QuickFix setFix(String componentId, String property, Object value) {
        return fix("Set " + property + " of " + name(componentId) + " to " + Setting.show(value, null),
                b -> b.set(componentId, property, value));
    }
}
