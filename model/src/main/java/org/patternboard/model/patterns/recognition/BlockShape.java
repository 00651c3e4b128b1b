package org.patternboard.model.patterns.recognition;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.patterns.BlockFormatException;
import org.patternboard.model.patterns.PatternBlock;

/**
 * What recognition looks for in one block: its components as numbered nodes with a role, and its connections
 * merged per ordered pair of components (a block may draw two lines between the same pair; a template gives
 * one). Roles come from the block data:
 * <ul>
 * <li>incidental: actors and API-only services (no CloudFormation resource, so never in a template) are
 * matched when present and never reported missing;</li>
 * <li>optional: alarms, dashboards, log groups, keys and dead-letter targets (components that only receive
 * failures), and whatever hangs only off optional parts; reported missing;</li>
 * <li>core: everything else; a match needs all of it.</li>
 * </ul>
 * A block's {@code recognition} metadata ({@code {"core": [ids], "optional": [ids]}}) overrides the defaults.
 */
final class BlockShape {
    enum Role { CORE, OPTIONAL, INCIDENTAL }

    /** Block connections between one ordered pair of nodes. */
    record Link(int from, int to, Set<ConnectionKind> kinds, int exactMask, List<Connection> connections) {
        int other(int node) {
            return node == from ? to : from;
        }
    }

    /** The metadata field (inside {@code block}) that overrides the roles. */
    static final String FIELD = "recognition";

    final PatternBlock block;
    final int order;
    final Component[] nodes;
    final Role[] roles;
    final boolean[] deadLetter;
    final List<Link> links;
    final List<List<Link>> linksOf;
    /** Nodes with equal type and equal connections to everything else get the same class (symmetry breaking). */
    final int[] twinClass;

    BlockShape(PatternBlock block, int order, RecognitionRules rules, Catalog catalog) {
        this.block = block;
        this.order = order;
        this.nodes = block.design().components().toArray(Component[]::new);
        int n = nodes.length;
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(nodes[i].id(), i);
        }
        Map<List<Integer>, List<Connection>> byPair = new LinkedHashMap<>();
        for (Connection c : block.design().connections()) {
            Integer a = index.get(c.from());
            Integer b = index.get(c.to());
            if (a != null && b != null && !a.equals(b)) {
                byPair.computeIfAbsent(List.of(a, b), k -> new ArrayList<>()).add(c);
            }
        }
        List<Link> all = new ArrayList<>();
        linksOf = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            linksOf.add(new ArrayList<>());
        }
        byPair.forEach((p, cs) -> {
            Set<ConnectionKind> kinds = EnumSet.noneOf(ConnectionKind.class);
            Set<ConnectionKind> exact = EnumSet.noneOf(ConnectionKind.class);
            for (Connection c : cs) {
                kinds.add(c.kind());
                exact.addAll(rules.equivalents().get(c.kind()));
            }
            Link link = new Link(p.get(0), p.get(1), Set.copyOf(kinds), DesignGraph.mask(exact), List.copyOf(cs));
            all.add(link);
            linksOf.get(link.from()).add(link);
            linksOf.get(link.to()).add(link);
        });
        this.links = List.copyOf(all);
        this.deadLetter = new boolean[n];
        this.roles = classify(rules, catalog, index);
        this.twinClass = twins();
    }

    private Role[] classify(RecognitionRules rules, Catalog catalog, Map<String, Integer> index) {
        int n = nodes.length;
        Role[] r = new Role[n];
        for (int i = 0; i < n; i++) {
            String type = nodes[i].type();
            ComponentType t = catalog.type(type).orElse(null);
            if (t != null && t.cloudFormationType() == null) {
                r[i] = Role.INCIDENTAL;
            } else if (onlyReceivesFailures(i, rules)) {
                deadLetter[i] = true;
                r[i] = Role.OPTIONAL;
            } else {
                r[i] = rules.optionalTypes().contains(type) ? Role.OPTIONAL : Role.CORE;
            }
        }
        Set<Integer> forcedCore = new HashSet<>();
        for (String id : override("optional")) {
            r[nodeIndex(index, id)] = Role.OPTIONAL;
        }
        for (String id : override("core")) {
            int i = nodeIndex(index, id);
            r[i] = Role.CORE;
            forcedCore.add(i);
        }
        // What is attached only to optional or incidental parts is optional too (the topic an alarm notifies).
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int i = 0; i < n; i++) {
                final int node = i;
                if (r[i] == Role.CORE && !forcedCore.contains(i) && !linksOf.get(i).isEmpty()
                        && linksOf.get(i).stream().allMatch(l -> r[l.other(node)] != Role.CORE)) {
                    r[i] = Role.OPTIONAL;
                    changed = true;
                }
            }
        }
        connectCore(r);
        return r;
    }

    /** A core in pieces would match unrelated parts of a design; the parts that join the pieces become core. */
    private void connectCore(Role[] r) {
        for (boolean changed = true; changed; ) {
            changed = false;
            int[] piece = corePieces(r);
            int pieces = 0;
            for (int p : piece) {
                pieces = Math.max(pieces, p + 1);
            }
            if (pieces <= 1) {
                return;
            }
            for (int i = 0; i < nodes.length; i++) {
                if (r[i] != Role.CORE) {
                    final int node = i;
                    long touched = linksOf.get(i).stream().map(l -> l.other(node)).filter(o -> r[o] == Role.CORE)
                            .map(o -> piece[o]).distinct().count();
                    if (touched >= 2) {
                        r[i] = Role.CORE;
                        changed = true;
                    }
                }
            }
        }
    }

    private int[] corePieces(Role[] r) {
        int n = nodes.length;
        int[] piece = new int[n];
        java.util.Arrays.fill(piece, -1);
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (r[s] != Role.CORE || piece[s] >= 0) {
                continue;
            }
            List<Integer> stack = new ArrayList<>(List.of(s));
            piece[s] = next;
            while (!stack.isEmpty()) {
                int u = stack.remove(stack.size() - 1);
                for (Link l : linksOf.get(u)) {
                    int v = l.other(u);
                    if (r[v] == Role.CORE && piece[v] < 0) {
                        piece[v] = next;
                        stack.add(v);
                    }
                }
            }
            next++;
        }
        return piece;
    }

    private boolean onlyReceivesFailures(int i, RecognitionRules rules) {
        List<Link> mine = linksOf.get(i);
        return !mine.isEmpty() && mine.stream().allMatch(l -> l.to() == i
                && rules.deadLetterKinds().containsAll(l.kinds()));
    }

    private int[] twins() {
        int n = nodes.length;
        int[] cls = new int[n];
        for (int i = 0; i < n; i++) {
            cls[i] = i;
            for (int j = 0; j < i; j++) {
                if (cls[j] == j && sameSurroundings(i, j)) {
                    cls[i] = j;
                    break;
                }
            }
        }
        return cls;
    }

    private boolean sameSurroundings(int i, int j) {
        if (!nodes[i].type().equals(nodes[j].type()) || roles[i] != roles[j] || deadLetter[i] != deadLetter[j]) {
            return false;
        }
        if (kinds(i, j) != null || kinds(j, i) != null) {
            return false;
        }
        for (int k = 0; k < nodes.length; k++) {
            boolean differs = !Objects.equals(kinds(i, k), kinds(j, k)) || !Objects.equals(kinds(k, i), kinds(k, j));
            if (k != i && k != j && differs) {
                return false;
            }
        }
        return true;
    }

    private Set<ConnectionKind> kinds(int from, int to) {
        for (Link l : linksOf.get(from)) {
            if (l.from() == from && l.to() == to) {
                return l.kinds();
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private List<String> override(String key) {
        Object meta = block.design().extra().get("block");
        if (!(meta instanceof Map<?, ?> m) || !(m.get(FIELD) instanceof Map<?, ?> rec)) {
            return List.of();
        }
        Object ids = rec.get(key);
        if (ids == null) {
            return List.of();
        }
        if (!(ids instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
            throw new BlockFormatException("block '" + block.id() + "': \"" + FIELD + "." + key
                    + "\" must be a list of component ids");
        }
        return (List<String>) list;
    }

    private int nodeIndex(Map<String, Integer> index, String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new BlockFormatException("block '" + block.id() + "': \"" + FIELD + "\" names '" + id
                    + "', which is not a component of the block");
        }
        return i;
    }

    int size() {
        return nodes.length;
    }

    int coreCount() {
        int c = 0;
        for (Role r : roles) {
            if (r == Role.CORE) {
                c++;
            }
        }
        return c;
    }

    /** The word key for a node: dead-letter targets are named for what they do, others for their type. */
    String nounKey(int i) {
        return deadLetter[i] ? RecognitionRules.DEAD_LETTER : nodes[i].type();
    }

    /** Nodes and links that count towards completeness (incidental parts do not). */
    boolean counts(int node) {
        return roles[node] != Role.INCIDENTAL;
    }

    boolean counts(Link l) {
        return counts(l.from()) && counts(l.to());
    }
}
