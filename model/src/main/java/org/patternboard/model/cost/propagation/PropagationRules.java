package org.patternboard.model.cost.propagation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;

/** The propagation table ({@code patternboard/cost/propagation.json}): entry points and one rule per kind. */
public final class PropagationRules {
    public static final String RESOURCE = "/patternboard/cost/propagation.json";
    private static volatile PropagationRules standard;

    /** An entry-point type: the rate it gets when nothing flows into it, or the schedule property it fires on. */
    public record EntryPoint(Double defaultPerMonth, String scheduleProperty, String as) {
    }

    private record KindRules(EdgeRule base, Map<String, EdgeRule> bySource, Map<String, EdgeRule> byTarget) {
    }

    private final double monthSeconds;
    private final Map<String, EntryPoint> entryPoints;
    private final Map<ConnectionKind, KindRules> kinds;

    private PropagationRules(double monthSeconds, Map<String, EntryPoint> entryPoints,
            Map<ConnectionKind, KindRules> kinds) {
        this.monthSeconds = monthSeconds;
        this.entryPoints = entryPoints;
        this.kinds = kinds;
    }

    public static PropagationRules standard() {
        PropagationRules r = standard;
        if (r == null) {
            try (InputStream in = PropagationRules.class.getResourceAsStream(RESOURCE)) {
                r = read(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE, e);
            }
            standard = r;
        }
        return r;
    }

    static PropagationRules read(JsonNode root) {
        Map<String, EntryPoint> entries = new HashMap<>();
        root.path("entryPoints").path("types").fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            entries.put(e.getKey(), new EntryPoint(v.has("defaultPerMonth") ? v.get("defaultPerMonth").asDouble() : null,
                    v.path("scheduleProperty").asText(null), v.path("as").asText("writes")));
        });
        Map<ConnectionKind, KindRules> kinds = new EnumMap<>(ConnectionKind.class);
        for (ConnectionKind k : ConnectionKind.values()) {
            JsonNode node = root.path("kinds").get(k.id());
            if (node == null) {
                throw new IllegalStateException(RESOURCE + " has no rule for the connection kind '" + k.id() + "'");
            }
            EdgeRule base = rule(node, null);
            Map<String, EdgeRule> bySource = new HashMap<>();
            node.path("bySource").fields().forEachRemaining(e -> bySource.put(e.getKey(), rule(e.getValue(), base)));
            Map<String, EdgeRule> byTarget = new HashMap<>();
            node.path("byTarget").fields().forEachRemaining(e -> byTarget.put(e.getKey(), rule(e.getValue(), base)));
            kinds.put(k, new KindRules(base, bySource, byTarget));
        }
        return new PropagationRules(root.path("monthSeconds").asDouble(2_628_000), entries, kinds);
    }

    /** A rule from JSON; fields it leaves out come from {@code base} (the kind's own rule) when there is one. */
    private static EdgeRule rule(JsonNode n, EdgeRule base) {
        boolean split = n.has("share") && "split".equals(n.get("share").asText())
                || !n.has("share") && base != null && base.split();
        double share = n.has("share") && n.get("share").isNumber() ? n.get("share").asDouble()
                : base != null ? base.share() : 1;
        return new EdgeRule(
                text(n, "carries", base == null ? "requests" : base.carries()),
                text(n, "as", base == null ? "writes" : base.as()),
                share, split,
                text(n, "filterProperty", base == null ? null : base.filterProperty()),
                n.has("filteredShare") ? "split".equals(n.get("filteredShare").asText()) : base != null && base.filteredSplit(),
                n.has("readShare") ? n.get("readShare").asDouble() : base == null ? 0.5 : base.readShare(),
                text(n, "batchProperty", base == null ? null : base.batchProperty()),
                n.has("reverse") ? n.get("reverse").asBoolean() : base != null && base.reverse(),
                n.has("carriesNothing") ? n.get("carriesNothing").asBoolean() : base != null && base.carriesNothing());
    }

    private static String text(JsonNode n, String field, String fallback) {
        if (!n.has(field)) {
            return fallback;
        }
        return n.get(field).isNull() ? null : n.get(field).asText();
    }

    /** Seconds in the month the estimate is for (730 hours). */
    public double monthSeconds() {
        return monthSeconds;
    }

    /** The entry-point settings of a type, or null when the type is not an entry point. */
    public EntryPoint entryPoint(String type) {
        return entryPoints.get(type);
    }

    /** The rule for a connection of this kind between these types (a source rule wins over a target rule). */
    public EdgeRule rule(ConnectionKind kind, String fromType, String toType) {
        KindRules k = kinds.get(kind);
        EdgeRule r = k.bySource().get(fromType);
        if (r != null) {
            return r;
        }
        r = k.byTarget().get(toType);
        return r != null ? r : k.base();
    }
}
