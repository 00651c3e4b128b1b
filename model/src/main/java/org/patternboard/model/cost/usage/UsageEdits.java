package org.patternboard.model.cost.usage;

import java.util.LinkedHashMap;
import java.util.Map;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.EditException;
import org.patternboard.model.edit.ReplaceComponent;
import org.patternboard.model.edit.ReplaceConnection;

/**
 * The edits that set usage: an entry rate or a driver override on a component, a share on a connection. They
 * are ordinary replace edits, so undo, redo and drag-merging work as for any other change.
 */
public final class UsageEdits {
    /** Keys a connection's usage may set. */
    public static final java.util.Set<String> CONNECTION_KEYS = java.util.Set.of("share", "readShare");

    private final UsageDrivers drivers;

    public UsageEdits(UsageDrivers drivers) {
        this.drivers = drivers;
    }

    public static UsageEdits standard() {
        return new UsageEdits(UsageDrivers.standard());
    }

    /** Sets a component's monthly entry rate (requests, events or messages a month); null removes it. */
    public Edit setEntryRate(Architecture a, String componentId, Double perMonth) {
        return setComponentUsage(a, componentId, "requestsPerMonth", perMonth);
    }

    /**
     * Sets (or with null, removes) one usage value of a component: an entry-rate key, {@code payloadKb}, or one
     * of its type's drivers ({@code durationMs}, {@code storageGb}, …).
     */
    public Edit setComponentUsage(Architecture a, String componentId, String key, Object value) {
        Component c = a.component(componentId).orElseThrow(() -> new EditException("no component '" + componentId + "'"));
        boolean rate = Usage.RATE_KEYS_PER_MONTH.contains(key) || Usage.RATE_KEYS_PER_SECOND.contains(key);
        if (!rate && drivers.spec(c.type(), key) == null) {
            throw new EditException(c.name() + " has no usage driver '" + key + "' (drivers: "
                    + String.join(", ", drivers.of(c.type()).keySet()) + (drivers.of(c.type()).isEmpty() ? "" : ", ")
                    + "payloadKb, requestsPerMonth)");
        }
        check(c.name(), key, value, rate || drivers.spec(c.type(), key).property() == null
                || drivers.spec(c.type(), key).product() != null);
        Map<String, Object> usage = new LinkedHashMap<>(Usage.of(c));
        put(usage, key, value);
        return new ReplaceComponent(componentId, c.withExtra(Usage.withUsage(c.extra(), usage)),
                (value == null ? "Clear " : "Set ") + key + " of " + c.name());
    }

    /** Sets (or with null, removes) a connection's {@code share} or {@code readShare}. */
    public Edit setConnectionUsage(Architecture a, String connectionId, String key, Double value) {
        Connection c = a.connection(connectionId).orElseThrow(() -> new EditException("no connection '" + connectionId + "'"));
        if (!CONNECTION_KEYS.contains(key)) {
            throw new EditException("a connection's usage has no '" + key + "' (only share and readShare)");
        }
        check("connection " + connectionId, key, value, true);
        if ("readShare".equals(key) && value != null && value > 1) {
            throw new EditException("readShare is a fraction of the requests, from 0 to 1, not " + value);
        }
        Map<String, Object> usage = new LinkedHashMap<>(Usage.of(c));
        put(usage, key, value);
        return new ReplaceConnection(connectionId, c.withExtra(Usage.withUsage(c.extra(), usage)),
                (value == null ? "Clear " : "Set ") + key + " of connection");
    }

    private static void check(String who, String key, Object value, boolean numeric) {
        if (value == null) {
            return;
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (!(d >= 0) || Double.isInfinite(d)) {
                throw new EditException(who + ": " + key + " must be a number of 0 or more, not " + value);
            }
        } else if (numeric || !(value instanceof String)) {
            throw new EditException(who + ": " + key + " must be a number, not '" + value + "'");
        }
    }

    private static void put(Map<String, Object> usage, String key, Object value) {
        if (value == null) {
            usage.remove(key);
        } else {
            usage.put(key, value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    && Math.abs(n.doubleValue()) < 1e15 ? (Object) n.longValue() : value);
        }
    }
}
