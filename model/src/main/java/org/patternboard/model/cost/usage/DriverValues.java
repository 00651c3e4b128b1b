package org.patternboard.model.cost.usage;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.model.cost.CatalogValues;
import org.patternboard.model.cost.propagation.Flow;
import org.patternboard.model.design.Component;

/**
 * The usage drivers of one component, evaluated on demand (only what a price item asks for is resolved, so the
 * resolved map and the defaults used are exactly what the estimate depends on). Values are Double, or String
 * for categorical drivers such as an architecture.
 */
public final class DriverValues {
    public static final Set<String> TRAFFIC = Set.of("requests", "reads", "writes", "payloadKb");

    private final UsageDrivers drivers;
    private final CatalogValues values;
    private final Component component;
    private final Flow flow;
    private final Map<String, Object> usage;
    private final Map<String, Object> resolved = new HashMap<>();
    private final Set<String> defaulted = new TreeSet<>();
    private int depth;

    public DriverValues(UsageDrivers drivers, CatalogValues values, Component component, Flow flow) {
        this.drivers = drivers;
        this.values = values;
        this.component = component;
        this.flow = flow;
        this.usage = Usage.of(component);
    }

    /** The value of a driver: a Double, a String, or null when the type has no such driver. */
    public Object value(String name) {
        Object known = resolved.get(name);
        if (known != null || resolved.containsKey(name)) {
            return known;
        }
        if (++depth > 32) { // products nest a few levels; deeper means a driver that depends on itself
            throw new IllegalStateException("usage driver '" + name + "' of " + component.type() + " depends on itself");
        }
        Object v = compute(name);
        depth--;
        resolved.put(name, v);
        return v;
    }

    public double number(String name) {
        Object v = value(name);
        return v instanceof Double d ? d : 0;
    }

    /** The value as text, the way price conditions compare it ({@code 24.0} is "24", {@code true} is "true"). */
    public String text(String name) {
        return text(value(name));
    }

    public static String text(Object v) {
        if (v instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return v == null ? "" : v.toString();
    }

    /** Every driver resolved so far, by name (a driver with no value maps to null). */
    public Map<String, Object> resolved() {
        return resolved;
    }

    /** Drivers that took their documented default because neither the design nor a property set them. */
    public Set<String> defaulted() {
        return defaulted;
    }

    private Object compute(String name) {
        Object set = usage.get(name);
        if (set instanceof Number n) {
            return n.doubleValue();
        }
        if (set instanceof String || set instanceof Boolean) {
            return set.toString();
        }
        switch (name) {
            case "requests":
                return flow.requests();
            case "reads":
                return flow.reads();
            case "writes":
                return flow.writes();
            case "payloadKb":
                return flow.payloadKb();
            default:
                break;
        }
        DriverSpec spec = drivers.spec(component.type(), name);
        if (spec == null) {
            return null;
        }
        if (spec.product() != null) {
            double p = 1;
            for (Object term : spec.product()) {
                p *= term instanceof Double d ? d : number((String) term);
            }
            return p / spec.divide();
        }
        if (spec.property() != null) {
            Object raw = values.component(component, spec.property());
            Object v = fromProperty(spec, raw);
            if (v != null) {
                return v;
            }
        }
        if (spec.defaultValue() != null) {
            defaulted.add(name);
            Object d = spec.defaultValue();
            return d instanceof Boolean ? d.toString() : d;
        }
        return null;
    }

    private static Object fromProperty(DriverSpec spec, Object raw) {
        if (spec.count()) {
            double n = raw instanceof java.util.Collection<?> c ? c.size() : raw instanceof Map<?, ?> m ? m.size() : 0;
            return (n + spec.plus()) / spec.divide();
        }
        if (spec.present()) {
            return raw == null || "".equals(raw) ? 0.0 : 1.0;
        }
        if (raw == null) {
            return null;
        }
        String text = raw instanceof Number num ? text(num.doubleValue()) : raw.toString();
        Double mapped = spec.map().get(text);
        if (mapped != null) {
            return mapped;
        }
        if (spec.orElse() != null) {
            return spec.orElse();
        }
        Double number = raw instanceof Number num ? num.doubleValue() : parse(text);
        if (number != null) {
            return number / spec.divide() + spec.plus();
        }
        return text;
    }

    private static Double parse(String s) {
        if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || s.charAt(0) == '-' || s.charAt(0) == '.')) {
            return null; // most text values ("x86_64", "STANDARD") are not numbers: skip the exception
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
