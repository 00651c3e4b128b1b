package org.patternboard.exporters.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * The request paths of a design. An entry point is a component of an entry type (data: {@code flows.json})
 * that starts a path and is not itself reached by one; when a design has none, every component that only sends
 * is one. From each, the path goes breadth first along the connections that carry requests, each connection
 * once, in id order, so the steps are numbered the same every time.
 */
public final class Flows {
    private static final String RESOURCE = "patternboard/report/flows.json";
    private static volatile Flows standard;

    private final Set<String> entryTypes;
    private final Set<ConnectionKind> followed;
    private final int maxFlows;
    private final int maxSteps;

    public Flows(Set<String> entryTypes, Set<ConnectionKind> followed, int maxFlows, int maxSteps) {
        this.entryTypes = Set.copyOf(entryTypes);
        this.followed = Set.copyOf(followed);
        this.maxFlows = maxFlows;
        this.maxSteps = maxSteps;
    }

    public static Flows standard() {
        Flows f = standard;
        if (f == null) {
            f = load();
            standard = f;
        }
        return f;
    }

    private static Flows load() {
        try (InputStream in = Flows.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class path resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            Set<String> types = new HashSet<>();
            root.get("entryTypes").forEach(n -> types.add(n.asText()));
            Set<ConnectionKind> kinds = new HashSet<>();
            root.get("followKinds").forEach(n -> kinds.add(ConnectionKind.fromId(n.asText())));
            return new Flows(types, kinds, root.get("maxFlows").asInt(), root.get("maxSteps").asInt());
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE, e);
        }
    }

    /** The flows, entry points in id order; {@code label} names a component as the report shows it. */
    public List<Flow> of(Architecture a, Function<String, String> label) {
        List<Flow> flows = new ArrayList<>();
        for (String entry : entries(a)) {
            if (flows.size() == maxFlows) {
                break;
            }
            flows.add(walk(a, entry, label));
        }
        return flows;
    }

    List<String> entries(Architecture a) {
        List<String> typed = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Component c : a.components()) {
            if (carried(a.outgoing(c.id())).isEmpty()) {
                continue;
            }
            boolean reached = !carried(a.incoming(c.id())).isEmpty();
            if (entryTypes.contains(c.type()) && !reachedFromEntry(a, c.id())) {
                typed.add(c.id());
            } else if (!reached) {
                sources.add(c.id());
            }
        }
        return typed.isEmpty() ? sources : typed;
    }

    /** Whether a path from another entry-typed component arrives here (a client in front of an API). */
    private boolean reachedFromEntry(Architecture a, String id) {
        for (Connection c : carried(a.incoming(id))) {
            Component from = a.componentOrNull(c.from());
            if (from != null && entryTypes.contains(from.type()) && !from.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private Flow walk(Architecture a, String entry, Function<String, String> label) {
        List<Flow.Step> steps = new ArrayList<>();
        Set<String> seenConnections = new HashSet<>();
        Set<String> expanded = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(entry);
        int omitted = 0;
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (!expanded.add(at)) {
                continue;
            }
            for (Connection c : carried(a.outgoing(at))) {
                if (!seenConnections.add(c.id())) {
                    continue;
                }
                if (steps.size() == maxSteps) {
                    omitted++;
                    continue;
                }
                steps.add(new Flow.Step(steps.size() + 1, c.id(), label.apply(c.from()), c.kind().id(),
                        label.apply(c.to())));
                queue.add(c.to());
            }
        }
        return new Flow(entry, label.apply(entry), steps, omitted);
    }

    private List<Connection> carried(List<Connection> connections) {
        return connections.stream().filter(c -> followed.contains(c.kind())).toList();
    }
}
