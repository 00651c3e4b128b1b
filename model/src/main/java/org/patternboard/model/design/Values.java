package org.patternboard.model.design;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Property values are plain JSON-shaped Java values: String, Long, Double, Boolean, List, Map (or null).
 * {@link #freeze} turns any such value into a deeply unmodifiable, normalised copy, so that equal JSON
 * gives equal Java values (Integer 3 and Long 3 become Long 3; map keys are sorted).
 */
public final class Values {
    private Values() {
    }

    public static Object freeze(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Long
                || value instanceof Double) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float) {
            return ((Float) value).doubleValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big.doubleValue();
        }
        if (value instanceof BigDecimal dec) {
            return dec.doubleValue();
        }
        if (value instanceof Map<?, ?> map) {
            return freezeMap(map);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object o : list) {
                copy.add(freeze(o));
            }
            return Collections.unmodifiableList(copy);
        }
        throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
    }

    public static Map<String, Object> freezeMap(Map<?, ?> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        TreeMap<String, Object> copy = new TreeMap<>();
        for (Map.Entry<?, ?> e : map.entrySet()) {
            copy.put(String.valueOf(e.getKey()), freeze(e.getValue()));
        }
        return Collections.unmodifiableSortedMap(copy);
    }

    /** A copy of {@code map} with {@code key} set to {@code value}, or removed when value is null. */
    public static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
        TreeMap<String, Object> copy = new TreeMap<>(map);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, freeze(value));
        }
        return copy.isEmpty() ? Map.of() : Collections.unmodifiableSortedMap(copy);
    }

    /** Reads a numeric value as long, accepting integral doubles. */
    public static Long asLong(Object value) {
        if (value instanceof Long l) {
            return l;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        return null;
    }
}
