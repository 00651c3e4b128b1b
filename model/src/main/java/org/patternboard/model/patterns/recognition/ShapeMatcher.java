package org.patternboard.model.patterns.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.patternboard.model.patterns.recognition.BlockShape.Link;
import org.patternboard.model.patterns.recognition.BlockShape.Role;

/**
 * Finds where one block's core sits in a design (subgraph matching by component type and connection kind and
 * direction, never by id or name), then adds the optional and incidental parts that are there.
 * <p>The core is matched node by node, each next node chosen among the design neighbours of one already
 * matched, so the search touches only the surroundings of a few starting components of the rarest type.
 * Interchangeable block nodes (twins) are matched in id order so that one set is found once, not in every
 * order; a per-start limit on steps and results keeps a pathological design fast.
 */
final class ShapeMatcher {
    static final int MAX_PER_START = 8;
    static final int MAX_STEPS_PER_START = 4000;

    private final BlockShape shape;
    private final DesignGraph graph;
    private final int[] order;
    private final int[] anchor;
    private final int[] map;
    private final boolean[] used;
    private final List<Candidate> found = new ArrayList<>();
    private int results;
    private int steps;

    ShapeMatcher(BlockShape shape, DesignGraph graph) {
        this.shape = shape;
        this.graph = graph;
        this.order = coreOrder();
        this.anchor = new int[order.length];
        for (int p = 0; p < order.length; p++) {
            anchor[p] = -1;
            for (int q = 0; q < p && anchor[p] < 0; q++) {
                if (linked(order[p], order[q])) {
                    anchor[p] = order[q];
                }
            }
        }
        this.map = new int[shape.size()];
        this.used = new boolean[graph.size()];
    }

    /** Every candidate with the whole core, in the order found (deterministic). */
    List<Candidate> candidates() {
        if (order.length == 0) {
            return List.of();
        }
        Arrays.fill(map, -1);
        for (int start : graph.ofType(shape.nodes[order[0]].type())) {
            results = 0;
            steps = 0;
            assign(0, start);
        }
        return found;
    }

    private void search(int position) {
        if (results >= MAX_PER_START || steps > MAX_STEPS_PER_START) {
            return;
        }
        if (position == order.length) {
            found.add(new Candidate(shape, graph, extend(map.clone())));
            results++;
            return;
        }
        int node = order[position];
        int[] pool = anchor[position] < 0 ? graph.ofType(shape.nodes[node].type()) : graph.nearby(map[anchor[position]]);
        for (int candidate : pool) {
            if (results >= MAX_PER_START || steps > MAX_STEPS_PER_START) {
                return;
            }
            assign(position, candidate);
        }
    }

    private void assign(int position, int candidate) {
        steps++;
        int node = order[position];
        if (used[candidate] || graph.excluded[candidate] || !graph.type(candidate).equals(shape.nodes[node].type())
                || !fits(node, candidate)) {
            return;
        }
        map[node] = candidate;
        used[candidate] = true;
        search(position + 1);
        used[candidate] = false;
        map[node] = -1;
    }

    /** Every block link to an already matched core node is there, and twins keep id order. */
    private boolean fits(int node, int candidate) {
        for (Link l : shape.linksOf.get(node)) {
            int other = l.other(node);
            if (shape.roles[other] != Role.CORE || map[other] < 0) {
                continue;
            }
            int from = l.from() == node ? candidate : map[other];
            int to = l.from() == node ? map[other] : candidate;
            if (graph.strength(from, to, l.exactMask()) == DesignGraph.NONE) {
                return false;
            }
        }
        int cls = shape.twinClass[node];
        for (int i = 0; i < shape.size(); i++) {
            if (i != node && shape.twinClass[i] == cls && map[i] >= 0 && (i < node ? map[i] > candidate : map[i] < candidate)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds non-core nodes next to what is matched, nearest first; each takes the design component that satisfies
     * most of its links. Same-type optional nodes may share one component (one dead-letter queue for all).
     */
    private int[] extend(int[] m) {
        boolean[] tried = new boolean[shape.size()];
        for (boolean progress = true; progress; ) {
            progress = false;
            for (int node = 0; node < shape.size(); node++) {
                if (shape.roles[node] == Role.CORE || tried[node] || !touchesMatched(node, m)) {
                    continue;
                }
                tried[node] = true;
                progress = true;
                m[node] = bestFor(node, m);
            }
        }
        return m;
    }

    private int bestFor(int node, int[] m) {
        int best = -1;
        int bestSatisfied = 0;
        int bestStrength = 0;
        for (Link l : shape.linksOf.get(node)) {
            int other = l.other(node);
            if (m[other] < 0) {
                continue;
            }
            for (int candidate : graph.nearby(m[other])) {
                if (graph.excluded[candidate] || !graph.type(candidate).equals(shape.nodes[node].type())
                        || takenByOther(node, candidate, m)) {
                    continue;
                }
                int satisfied = 0;
                int strength = 0;
                for (Link k : shape.linksOf.get(node)) {
                    int o = k.other(node);
                    if (m[o] >= 0) {
                        int s = k.from() == node ? graph.strength(candidate, m[o], k.exactMask())
                                : graph.strength(m[o], candidate, k.exactMask());
                        strength += s;
                        satisfied += s > DesignGraph.NONE ? 1 : 0;
                    }
                }
                boolean better = satisfied > bestSatisfied || (satisfied == bestSatisfied && satisfied > 0
                        && (strength > bestStrength || (strength == bestStrength && candidate < best)));
                if (better) {
                    best = candidate;
                    bestSatisfied = satisfied;
                    bestStrength = strength;
                }
            }
        }
        return best;
    }

    private boolean takenByOther(int node, int candidate, int[] m) {
        for (int i = 0; i < m.length; i++) {
            if (i != node && m[i] == candidate && (shape.roles[i] == Role.CORE
                    || !shape.nodes[i].type().equals(shape.nodes[node].type()))) {
                return true;
            }
        }
        return false;
    }

    private boolean touchesMatched(int node, int[] m) {
        for (Link l : shape.linksOf.get(node)) {
            if (m[l.other(node)] >= 0) {
                return true;
            }
        }
        return false;
    }

    private boolean linked(int a, int b) {
        for (Link l : shape.linksOf.get(a)) {
            if (l.other(a) == b) {
                return true;
            }
        }
        return false;
    }

    /** Core nodes, rarest type first, then always one linked to those before it (while there is one). */
    private int[] coreOrder() {
        List<Integer> core = new ArrayList<>();
        for (int i = 0; i < shape.size(); i++) {
            if (shape.roles[i] == Role.CORE) {
                core.add(i);
            }
        }
        List<Integer> ordered = new ArrayList<>();
        while (!core.isEmpty()) {
            int best = -1;
            int bestLinks = -1;
            int bestPool = Integer.MAX_VALUE;
            for (int node : core) {
                int links = 0;
                for (int placed : ordered) {
                    links += linked(node, placed) ? 1 : 0;
                }
                int pool = graph.ofType(shape.nodes[node].type()).length;
                if (links > bestLinks || (links == bestLinks && pool < bestPool)) {
                    best = node;
                    bestLinks = links;
                    bestPool = pool;
                }
            }
            ordered.add(best);
            core.remove(Integer.valueOf(best));
        }
        return ordered.stream().mapToInt(Integer::intValue).toArray();
    }
}
