package org.patternboard.exporters.cdk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.Severity;

/**
 * Turns a design into a variant where every enum, boolean and number property of every component and connection
 * is set to a value other than its default: variant 0 takes the next enum value, the opposite boolean and the
 * upper limit, variant 1 the enum value after that and the lower limit, and so on (numbers alternate between
 * the limits, enums walk through their values). The covering designs leave most
 * properties at their defaults, so without variants the exporters' branches for the other values go untried.
 * Values the design sets already stay; deprecated enum values are skipped (the rules flag them, the exports need
 * not support them).
 */
public final class PropertyVariants {
    /** Variants per design in the tests: two in the build, more with {@code -Dpatternboard.variants=N}. */
    public static final int COUNT = Integer.getInteger("patternboard.variants", 2);
    private PropertyVariants() {
    }

    public static Architecture of(Architecture design, Catalog catalog, int variant) {
        Architecture out = design;
        for (Component c : design.components()) {
            List<PropertySpec> specs = catalog.type(c.type()).map(t -> t.properties()).orElse(List.of());
            out = out.withComponent(c.withProperties(vary(c.properties(), specs, variant)));
        }
        for (Connection k : design.connections()) {
            Component from = design.component(k.from()).orElseThrow();
            Component to = design.component(k.to()).orElseThrow();
            List<PropertySpec> specs = catalog.connectionProperties(from.type(), k.kind(), to.type());
            Connection varied = k;
            for (Map.Entry<String, Object> e : vary(k.properties(), specs, variant).entrySet()) {
                if (!k.properties().containsKey(e.getKey())) {
                    varied = varied.withProperty(e.getKey(), e.getValue());
                }
            }
            out = out.withConnection(varied);
        }
        return out.withName(design.name() + " variant " + (variant + 1));
    }

    /**
     * The design after Patternboard's own quick fixes for its error findings, applied one at a time until none is
     * left that has a fix: what a user gets by clicking "Quick fix" on every error.
     */
    static Architecture fixed(Architecture design, RuleEngine engine) {
        Architecture a = design;
        for (int i = 0; i < 1000; i++) {
            Optional<Edit> fix = engine.check(a).unsuppressed().stream()
                    .filter(f -> f.severity() == Severity.ERROR && f.quickFix().isPresent())
                    .map(f -> f.quickFix().get()).findFirst();
            if (fix.isEmpty()) {
                return a;
            }
            a = fix.get().apply(a);
        }
        throw new IllegalStateException("quick fixes keep finding errors in " + design.name());
    }

    private static Map<String, Object> vary(Map<String, Object> current, List<PropertySpec> specs, int variant) {
        Map<String, Object> props = new LinkedHashMap<>(current);
        for (PropertySpec spec : specs) {
            if (props.containsKey(spec.id())) {
                continue;
            }
            Object value = value(spec, variant);
            if (value != null && spec.check(value).isEmpty()) {
                props.put(spec.id(), value);
            }
        }
        return props;
    }

    private static Object value(PropertySpec spec, int variant) {
        switch (spec.type()) {
            case ENUM -> {
                List<String> current = new ArrayList<>(spec.values());
                current.removeAll(spec.deprecated() == null ? List.of() : spec.deprecated());
                current.remove(String.valueOf(spec.defaultValue()));
                return current.isEmpty() ? null : current.get(variant % current.size());
            }
            case BOOL -> {
                return !Boolean.TRUE.equals(spec.defaultValue());
            }
            case INT, DURATION, SIZE -> {
                Long limit = variant % 2 == 0 ? spec.max() : spec.min();
                if (limit == null || (spec.defaultValue() instanceof Number n && n.longValue() == limit)) {
                    return null;
                }
                return limit;
            }
            default -> {
                return null;
            }
        }
    }
}
