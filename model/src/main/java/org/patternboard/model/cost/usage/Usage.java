package org.patternboard.model.cost.usage;

import java.util.Map;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Values;

/**
 * The optional {@code "usage"} object of a component or connection in the design file: entry rates
 * ({@code requestsPerMonth}, {@code requestsPerSecond}, …), driver overrides ({@code durationMs},
 * {@code storageGb}, …) on components, and {@code share} / {@code readShare} on connections. It is kept in the
 * element's {@code extra} fields, so the reader and writer store it canonically (keys sorted) with no change to
 * the file format; this class is the typed view of it.
 */
public final class Usage {
    public static final String FIELD = "usage";

    /** Entry-rate keys per month; the per-second forms are multiplied by the seconds of a month. */
    public static final java.util.List<String> RATE_KEYS_PER_MONTH = java.util.List.of(
            "requestsPerMonth", "eventsPerMonth", "messagesPerMonth");
    public static final java.util.List<String> RATE_KEYS_PER_SECOND = java.util.List.of(
            "requestsPerSecond", "eventsPerSecond", "messagesPerSecond");

    private Usage() {
    }

    public static Map<String, Object> of(Component c) {
        return read(c.extra());
    }

    public static Map<String, Object> of(Connection c) {
        return read(c.extra());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Map<String, Object> extra) {
        Object u = extra.get(FIELD);
        return u instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    /** A number in a usage object, or null when absent or not a number. */
    public static Double number(Map<String, Object> usage, String key) {
        Object v = usage.get(key);
        return v instanceof Number n ? n.doubleValue() : null;
    }

    /**
     * The entry rate a usage object sets, per month, or null when it sets none. Several rate keys add up
     * (requests and events are the same thing to the estimate).
     */
    public static Double ratePerMonth(Map<String, Object> usage, double monthSeconds) {
        Double total = null;
        for (String k : RATE_KEYS_PER_MONTH) {
            Double v = number(usage, k);
            if (v != null) {
                total = (total == null ? 0 : total) + v;
            }
        }
        for (String k : RATE_KEYS_PER_SECOND) {
            Double v = number(usage, k);
            if (v != null) {
                total = (total == null ? 0 : total) + v * monthSeconds;
            }
        }
        return total;
    }

    /** The extra fields with the usage object set to {@code usage} (removed when empty). */
    public static Map<String, Object> withUsage(Map<String, Object> extra, Map<String, Object> usage) {
        return Values.with(extra, FIELD, usage == null || usage.isEmpty() ? null : usage);
    }
}
