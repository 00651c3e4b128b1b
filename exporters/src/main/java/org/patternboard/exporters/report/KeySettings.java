package org.patternboard.exporters.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.design.Component;

/**
 * The settings of a component worth a line in the inventory: the properties set to something other than the
 * catalog's default, in the catalog's order (properties the catalog does not know follow, by name). At most
 * {@link #LIMIT}; long values are shortened, because the inventory is an overview, not the design file.
 */
final class KeySettings {
    static final int LIMIT = 6;
    private static final int MAX_VALUE = 60;

    private KeySettings() {
    }

    record Result(List<InventoryItem.Setting> shown, int more) {
    }

    static Result of(Component c, ComponentType type) {
        List<InventoryItem.Setting> all = new ArrayList<>();
        Map<String, Object> rest = new TreeMap<>(c.properties());
        if (type != null) {
            for (PropertySpec spec : type.properties()) {
                Object value = rest.remove(spec.id());
                if (value != null && !sameValue(value, spec.defaultValue())) {
                    all.add(new InventoryItem.Setting(spec.id(), show(value, spec.unit())));
                }
            }
        }
        rest.forEach((k, v) -> {
            if (v != null) {
                all.add(new InventoryItem.Setting(k, show(v, null)));
            }
        });
        int shown = Math.min(LIMIT, all.size());
        return new Result(all.subList(0, shown), all.size() - shown);
    }

    /** 30 and 30.0 are the same setting; JSON reading may give either. */
    static boolean sameValue(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        return a.equals(b);
    }

    static String show(Object value, String unit) {
        String s = value instanceof Map<?, ?> || value instanceof List<?> ? compact(value) : String.valueOf(value);
        if (unit != null && !unit.isBlank() && value instanceof Number) {
            s = s + " " + unit;
        }
        return s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE - 1) + "\u2026" : s;
    }

    private static String compact(Object value) {
        if (value instanceof Map<?, ?> m) {
            StringBuilder b = new StringBuilder("{");
            m.forEach((k, v) -> b.append(b.length() > 1 ? ", " : "").append(k).append(": ").append(compact(v)));
            return b.append('}').toString();
        }
        if (value instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            l.forEach(v -> b.append(b.length() > 1 ? ", " : "").append(compact(v)));
            return b.append(']').toString();
        }
        return String.valueOf(value);
    }
}
