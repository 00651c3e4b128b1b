package org.patternboard.exporters.cloudformation.source;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Equality of template values as a template means them: maps by their entries (key order is layout, not
 * meaning), lists in order, whole numbers by value whatever their Java type ({@code 5} equals {@code 5L}).
 */
final class Values {
    private Values() {
    }

    static boolean isCollection(Object v) {
        return v instanceof Map<?, ?> || v instanceof List<?>;
    }

    static boolean same(Object a, Object b) {
        return firstDifference(a, b, new ArrayList<>()).isEmpty();
    }

    /** The path of the first place where {@code actual} differs from {@code expected}, or empty when they are the same. */
    static Optional<List<Object>> firstDifference(Object actual, Object expected) {
        return firstDifference(actual, expected, new ArrayList<>());
    }

    private static Optional<List<Object>> firstDifference(Object a, Object b, List<Object> path) {
        if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
            for (Map.Entry<?, ?> e : mb.entrySet()) {
                path.add(e.getKey());
                if (!ma.containsKey(e.getKey())) {
                    return Optional.of(List.copyOf(path));
                }
                Optional<List<Object>> d = firstDifference(ma.get(e.getKey()), e.getValue(), path);
                if (d.isPresent()) {
                    return d;
                }
                path.remove(path.size() - 1);
            }
            for (Object k : ma.keySet()) {
                if (!mb.containsKey(k)) {
                    path.add(k);
                    return Optional.of(List.copyOf(path));
                }
            }
            return Optional.empty();
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            Iterator<?> ia = la.iterator();
            Iterator<?> ib = lb.iterator();
            for (int i = 0; ia.hasNext() && ib.hasNext(); i++) {
                path.add(i);
                Optional<List<Object>> d = firstDifference(ia.next(), ib.next(), path);
                if (d.isPresent()) {
                    return d;
                }
                path.remove(path.size() - 1);
            }
            return la.size() == lb.size() ? Optional.empty() : Optional.of(List.copyOf(path));
        }
        return sameScalar(a, b) ? Optional.empty() : Optional.of(List.copyOf(path));
    }

    private static boolean sameScalar(Object a, Object b) {
        if (a instanceof Number na && b instanceof Number nb) {
            if (integral(na) && integral(nb)) {
                return bigInteger(na).equals(bigInteger(nb));
            }
            if (!integral(na) && !integral(nb)) {
                return Double.compare(na.doubleValue(), nb.doubleValue()) == 0;
            }
            return false;
        }
        if (isCollection(a) || isCollection(b)) {
            return false;
        }
        return a == null ? b == null : a.equals(b);
    }

    static boolean integral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte || n instanceof BigInteger;
    }

    private static BigInteger bigInteger(Number n) {
        return n instanceof BigInteger b ? b : BigInteger.valueOf(n.longValue());
    }

    /** How a number is written in YAML and JSON alike; both readers give back an equal value. */
    static String number(Number n) {
        if (integral(n)) {
            return n.toString();
        }
        double d = n.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw new IllegalArgumentException("a template cannot hold the number " + d);
        }
        return Double.toString(d);
    }

    /** Rejects what no template can hold, before any text is written. */
    static void check(Object v) {
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!(e.getKey() instanceof String)) {
                    throw new IllegalArgumentException("a template map key must be text, not " + e.getKey());
                }
                check(e.getValue());
            }
        } else if (v instanceof List<?> l) {
            l.forEach(Values::check);
        } else if (v instanceof Number n) {
            if (!(integral(n) || n instanceof Double || n instanceof Float || n instanceof BigDecimal)) {
                throw new IllegalArgumentException("unsupported number type " + n.getClass().getName());
            }
            number(n);
        } else if (v != null && !(v instanceof String) && !(v instanceof Boolean)) {
            throw new IllegalArgumentException("a template holds maps, lists, text, numbers, booleans and null, not "
                    + v.getClass().getName());
        }
    }
}
