package org.patternboard.model.cost.propagation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.model.cost.CatalogValues;
import org.patternboard.model.cost.usage.Usage;
import org.patternboard.model.cost.usage.UsageDrivers;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Traffic through a design: rates enter at entry points and flow along connections by the rules of
 * {@link PropagationRules}. Values are pulled, not pushed: a component's traffic is its own rate plus what its
 * incoming connections carry, summed in connection-id order, so any evaluation order gives the same bits.
 *
 * <p>Loops terminate: within a strongly connected part of the graph, a connection from a component to one with a
 * smaller (or the same) id closes the loop and is cut. It still reports what it would carry, but its target does
 * not receive it, so traffic goes round a loop once.
 *
 * <p>Mutable and not thread-safe: {@link #rebuild} for a new graph, {@link #update} after edits that keep the graph
 * (properties and usage changed), which recomputes only downstream of what changed.
 */
public final class TrafficModel {
    private final PropagationRules rules;
    private final CatalogValues values;
    private final double defaultPayloadKb;
    private final double scale;

    private final Map<String, Node> nodes = new HashMap<>();
    /** The components in id order, as the design lists them. */
    private final List<Node> byId = new ArrayList<>();
    private final Map<String, Edge> edges = new HashMap<>();
    /** The carrying connections in id order, fixed between rebuilds, for cheap snapshots. */
    private Edge[] edgeOrder = new Edge[0];

    private static final class Node {
        Component c;
        int index = -1;
        int low;
        int scc;
        boolean onStack;
        final List<Edge> in = new ArrayList<>(2);
        final List<Edge> out = new ArrayList<>(2);
        int topo;
        boolean hasIncoming;
        Flow flow = Flow.NONE;
    }

    private static final class Edge {
        Connection conn;
        Node src;
        Node dst;
        EdgeRule rule;
        boolean cut;
        double factor;
        double carried;
    }

    public TrafficModel(PropagationRules rules, CatalogValues values, UsageDrivers drivers, double scale) {
        this.rules = rules;
        this.values = values;
        Object d = drivers.common().containsKey("payloadKb") ? drivers.common().get("payloadKb").defaultValue() : null;
        this.defaultPayloadKb = d instanceof Number n ? n.doubleValue() : 1;
        this.scale = scale;
    }

    public double scale() {
        return scale;
    }

    /** The traffic of a component, or {@link Flow#NONE} for an id that is not a component. */
    public Flow flow(String componentId) {
        Node n = nodes.get(componentId);
        return n == null ? Flow.NONE : n.flow;
    }

    /** What a connection carries a month (a cut one reports what it would carry), or 0 when it carries nothing. */
    public double carried(String connectionId) {
        Edge e = edges.get(connectionId);
        return e == null ? 0 : e.carried;
    }

    /** Ids of the connections that close a loop and are cut, in id order. */
    public List<String> cutConnections() {
        List<String> cut = new ArrayList<>();
        for (Edge e : edgeOrder) {
            if (e.cut) {
                cut.add(e.conn.id());
            }
        }
        return cut;
    }

    /** The ids of the connections that carry traffic, in id order (the same array until the next rebuild). */
    public String[] carryingConnections() {
        String[] ids = new String[edgeOrder.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = edgeOrder[i].conn.id();
        }
        return ids;
    }

    /** What each of {@link #carryingConnections()} carries a month, in the same order: a snapshot. */
    public double[] carriedSnapshot() {
        double[] v = new double[edgeOrder.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = edgeOrder[i].carried;
        }
        return v;
    }

    /** Computes all traffic of a design from scratch. */
    public void rebuild(Architecture a) {
        nodes.clear();
        edges.clear();
        byId.clear();
        for (Component c : a.components()) {
            Node n = new Node();
            n.c = c;
            nodes.put(c.id(), n);
            byId.add(n);
        }
        List<Edge> ordered = new ArrayList<>(a.connections().size());
        for (Connection conn : a.connections()) { // id order, so every in/out list is sorted by connection id
            Node from = nodes.get(conn.from());
            Node to = nodes.get(conn.to());
            if (from == null || to == null) {
                continue;
            }
            EdgeRule rule = rules.rule(conn.kind(), from.c.type(), to.c.type());
            if (rule.carriesNothing()) {
                continue;
            }
            Edge e = new Edge();
            e.conn = conn;
            e.rule = rule;
            e.src = rule.reverse() ? to : from;
            e.dst = rule.reverse() ? from : to;
            e.src.out.add(e);
            e.dst.in.add(e);
            e.dst.hasIncoming = true;
            edges.put(conn.id(), e);
            ordered.add(e);
        }
        // connections come in id order, reversed or not, so every in and out list is already sorted
        edgeOrder = ordered.toArray(new Edge[0]);
        cutLoops();
        List<Node> order = topologicalOrder();
        for (int i = 0; i < order.size(); i++) {
            order.get(i).topo = i;
        }
        for (Node n : order) {
            recompute(n);
        }
    }

    /**
     * Takes in components and connections whose properties or usage changed (the graph itself is the same as at
     * the last {@link #rebuild}) and recomputes what lies downstream of them. Returns the ids of the components
     * whose traffic changed.
     */
    public Set<String> update(Collection<Component> changedComponents, Collection<Connection> changedConnections) {
        PriorityQueue<Node> queue = new PriorityQueue<>((x, y) -> Integer.compare(x.topo, y.topo));
        Set<Node> queued = new java.util.HashSet<>();
        for (Component c : changedComponents) {
            Node n = nodes.get(c.id());
            if (n != null) {
                n.c = c;
                if (queued.add(n)) {
                    queue.add(n);
                }
            }
        }
        for (Connection conn : changedConnections) {
            Edge e = edges.get(conn.id());
            if (e != null) {
                e.conn = conn;
                if (queued.add(e.src)) { // the source recomputes the shares of all its connections
                    queue.add(e.src);
                }
            }
        }
        Set<String> changed = new TreeSet<>();
        while (!queue.isEmpty()) {
            Node n = queue.poll();
            Flow before = n.flow;
            double[] carriedBefore = new double[n.out.size()];
            for (int i = 0; i < carriedBefore.length; i++) {
                carriedBefore[i] = n.out.get(i).carried;
            }
            recompute(n);
            if (!n.flow.equals(before)) {
                changed.add(n.c.id());
            }
            for (int i = 0; i < carriedBefore.length; i++) {
                Edge e = n.out.get(i);
                if (!e.cut && Double.compare(e.carried, carriedBefore[i]) != 0 && queued.add(e.dst)) {
                    queue.add(e.dst);
                }
            }
        }
        return changed;
    }

    private void recompute(Node n) {
        Map<String, Object> usage = Usage.of(n.c);
        Flow.EntrySource source = Flow.EntrySource.NONE;
        double entry = 0;
        Double set = Usage.ratePerMonth(usage, rules.monthSeconds());
        PropagationRules.EntryPoint ep = rules.entryPoint(n.c.type());
        if (set != null) {
            entry = set * scale;
            source = Flow.EntrySource.SET;
        } else if (ep != null && !n.hasIncoming) {
            if (ep.scheduleProperty() != null) {
                Object expr = values.component(n.c, ep.scheduleProperty());
                if (expr != null) {
                    Double perMonth = Schedules.perMonth(expr.toString());
                    source = perMonth == null ? Flow.EntrySource.UNREADABLE_SCHEDULE : Flow.EntrySource.SCHEDULE;
                    entry = perMonth == null ? 0 : perMonth * scale;
                }
            } else if (ep.defaultPerMonth() != null) {
                entry = ep.defaultPerMonth() * scale;
                source = Flow.EntrySource.DEFAULT;
            }
        }
        double requests = entry;
        double reads = 0;
        double writes = 0;
        if (entry > 0) {
            if (ep != null && "reads".equals(ep.as())) {
                reads = entry;
            } else {
                writes = entry;
            }
        }
        double ownPayload = payloadOf(usage);
        double weighted = entry * ownPayload;
        for (Edge e : n.in) {
            if (e.cut) {
                continue;
            }
            double f = e.carried;
            requests += f;
            switch (e.rule.as()) {
                case "reads" -> reads += f;
                case "readWrites" -> {
                    double r = f * readShare(e);
                    reads += r;
                    writes += f - r;
                }
                default -> writes += f;
            }
            weighted += f * e.src.flow.payloadKb();
        }
        Double payloadSet = Usage.number(usage, "payloadKb");
        double payload = payloadSet != null ? payloadSet : requests > 0 ? weighted / requests : ownPayload;
        n.flow = new Flow(requests, reads, writes, payload, entry, source);
        shareOut(n);
    }

    private double payloadOf(Map<String, Object> usage) {
        Double p = Usage.number(usage, "payloadKb");
        return p != null ? p : defaultPayloadKb;
    }

    private static double readShare(Edge e) {
        Double s = Usage.number(Usage.of(e.conn), "readShare");
        return s != null ? s : e.rule.readShare();
    }

    /** Sets what each outgoing connection carries: share (or an equal split among siblings) divided by the batch. */
    private void shareOut(Node n) {
        if (n.out.isEmpty()) {
            return;
        }
        Map<SiblingKey, int[]> siblings = null;
        for (Edge e : n.out) {
            if (e.rule.split() || e.rule.filteredSplit() && filtered(e)) {
                if (siblings == null) {
                    siblings = new HashMap<>();
                }
                siblings.computeIfAbsent(new SiblingKey(e.conn.kind(), filtered(e)), k -> new int[1])[0]++;
            }
        }
        for (Edge e : n.out) {
            Double set = Usage.number(Usage.of(e.conn), "share");
            double share;
            if (set != null) {
                share = set;
            } else if (e.rule.split() || e.rule.filteredSplit() && filtered(e)) {
                share = 1.0 / siblings.get(new SiblingKey(e.conn.kind(), filtered(e)))[0];
            } else {
                share = e.rule.share();
            }
            double batch = 1;
            if (e.rule.batchProperty() != null) {
                Object b = values.connection(e.conn, typeOf(e.conn.from()), typeOf(e.conn.to()), e.rule.batchProperty());
                if (b instanceof Number num && num.doubleValue() >= 1) {
                    batch = num.doubleValue();
                }
            }
            e.factor = share / batch;
            double base = "writes".equals(e.rule.carries()) ? n.flow.writes() : n.flow.requests();
            e.carried = base * e.factor;
        }
    }

    /** Connections that share their source's traffic equally: same kind, and filtered or not. */
    private record SiblingKey(org.patternboard.model.catalog.ConnectionKind kind, boolean filtered) {
    }

    private boolean filtered(Edge e) {
        if (e.rule.filterProperty() == null) {
            return false;
        }
        Object f = e.conn.property(e.rule.filterProperty());
        return f != null && !(f instanceof Map<?, ?> m && m.isEmpty()) && !"".equals(f);
    }

    private String typeOf(String id) {
        Node n = nodes.get(id);
        return n == null ? "" : n.c.type();
    }

    /** Tarjan's strongly connected components (iterative); inside one, edges to a smaller or equal id are cut. */
    private void cutLoops() {
        int counter = 0;
        int sccCount = 0;
        Deque<Node> stack = new ArrayDeque<>();
        Deque<int[]> work = new ArrayDeque<>(); // frames: position in byId, next out-edge to visit
        for (int r = 0; r < byId.size(); r++) {
            Node root = byId.get(r);
            if (root.index >= 0) {
                continue;
            }
            root.index = root.low = counter++;
            stack.push(root);
            root.onStack = true;
            Deque<Node> path = new ArrayDeque<>();
            path.push(root);
            work.push(new int[] {0});
            while (!work.isEmpty()) {
                int[] frame = work.peek();
                Node v = path.peek();
                if (frame[0] < v.out.size()) {
                    Node w = v.out.get(frame[0]++).dst;
                    if (w.index < 0) {
                        w.index = w.low = counter++;
                        stack.push(w);
                        w.onStack = true;
                        path.push(w);
                        work.push(new int[] {0});
                    } else if (w.onStack) {
                        v.low = Math.min(v.low, w.index);
                    }
                } else {
                    work.pop();
                    path.pop();
                    if (!path.isEmpty()) {
                        Node parent = path.peek();
                        parent.low = Math.min(parent.low, v.low);
                    }
                    if (v.low == v.index) {
                        Node w;
                        do {
                            w = stack.pop();
                            w.onStack = false;
                            w.scc = sccCount;
                        } while (w != v);
                        sccCount++;
                    }
                }
            }
        }
        for (Edge e : edgeOrder) {
            e.cut = e.src.scc == e.dst.scc && e.src.c.id().compareTo(e.dst.c.id()) >= 0;
        }
    }

    /** Kahn's algorithm over the uncut edges, starting from components in id order. */
    private List<Node> topologicalOrder() {
        for (Node n : byId) {
            n.low = 0; // free again after cutLoops: reused as the in-degree
        }
        for (Edge e : edgeOrder) {
            if (!e.cut) {
                e.dst.low++;
            }
        }
        Deque<Node> ready = new ArrayDeque<>();
        for (Node n : byId) {
            if (n.low == 0) {
                ready.add(n);
            }
        }
        List<Node> order = new ArrayList<>(nodes.size());
        while (!ready.isEmpty()) {
            Node n = ready.poll();
            order.add(n);
            for (Edge e : n.out) {
                if (!e.cut && --e.dst.low == 0) {
                    ready.add(e.dst);
                }
            }
        }
        if (order.size() != nodes.size()) {
            throw new IllegalStateException("traffic graph still has a loop after cutting"); // cannot happen
        }
        return order;
    }
}
