package org.patternboard.model.patterns.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;

/**
 * A design seen as a graph for matching: components numbered in id order, an index by type, the kinds of
 * connection between each ordered pair, and neighbours (direct, and through a template helper such as an
 * unfolded IAM role, which is how an imported template often links two resources).
 */
final class DesignGraph {
    /** How well a design pair satisfies a block connection. */
    static final int NONE = 0;
    static final int LOOSE = 1;
    static final int EXACT = 2;

    final Architecture design;
    final Component[] components;
    final boolean[] excluded;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, int[]> byType = new HashMap<>();
    private final Map<Long, Integer> kindMask = new HashMap<>();
    private final Map<Long, List<Connection>> pairConnections = new HashMap<>();
    private final int[][] neighbours;
    private final int[][] helpers;
    private final int[][] nearby;
    private final int looseMask;

    DesignGraph(Architecture design, RecognitionRules rules) {
        this.design = design;
        this.components = design.components().toArray(Component[]::new);
        int n = components.length;
        excluded = new boolean[n];
        boolean[] helper = new boolean[n];
        Map<String, List<Integer>> types = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Component c = components[i];
            index.put(c.id(), i);
            excluded[i] = insidePattern(design, c.parent());
            helper[i] = rules.helperTypes().contains(c.type());
            if (!excluded[i]) {
                types.computeIfAbsent(c.type(), k -> new ArrayList<>()).add(i);
            }
        }
        types.forEach((t, list) -> byType.put(t, list.stream().mapToInt(Integer::intValue).toArray()));
        List<Set<Integer>> adjacent = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            adjacent.add(new TreeSet<>());
        }
        for (Connection c : design.connections()) {
            Integer a = index.get(c.from());
            Integer b = index.get(c.to());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            kindMask.merge(pair(a, b), bit(c.kind()), (x, y) -> x | y);
            pairConnections.computeIfAbsent(pair(a, b), k -> new ArrayList<>()).add(c);
            adjacent.get(a).add(b);
            adjacent.get(b).add(a);
        }
        neighbours = new int[n][];
        helpers = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = adjacent.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        for (int i = 0; i < n; i++) {
            // A helper that touches many resources (one shared role) links nothing in particular.
            helpers[i] = Arrays.stream(neighbours[i])
                    .filter(h -> helper[h] && neighbours[h].length <= rules.maxHelperDegree()).toArray();
        }
        nearby = new int[n][];
        for (int i = 0; i < n; i++) {
            Set<Integer> near = new TreeSet<>(adjacent.get(i));
            for (int h : helpers[i]) {
                for (int j : neighbours[h]) {
                    near.add(j);
                }
            }
            near.remove(i);
            nearby[i] = near.stream().mapToInt(Integer::intValue).toArray();
        }
        int loose = 0;
        for (ConnectionKind k : rules.looseKinds()) {
            loose |= bit(k);
        }
        looseMask = loose;
    }

    static int bit(ConnectionKind k) {
        return 1 << k.ordinal();
    }

    static int mask(Set<ConnectionKind> kinds) {
        int m = 0;
        for (ConnectionKind k : kinds) {
            m |= bit(k);
        }
        return m;
    }

    private static long pair(int a, int b) {
        return ((long) a << 32) | (b & 0xffffffffL);
    }

    private static boolean insidePattern(Architecture a, String parent) {
        String p = parent;
        for (int depth = 0; p != null && depth < 1000; depth++) {
            Group g = a.group(p).orElse(null);
            if (g == null) {
                return false;
            }
            if (g.kind() == GroupKind.PATTERN) {
                return true;
            }
            p = g.parent();
        }
        return false;
    }

    int size() {
        return components.length;
    }

    String type(int i) {
        return components[i].type();
    }

    String id(int i) {
        return components[i].id();
    }

    /** Components of a type that may be matched, in id order. */
    int[] ofType(String type) {
        return byType.getOrDefault(type, new int[0]);
    }

    /** Components next to {@code i}, directly or through one helper, in id order. */
    int[] nearby(int i) {
        return nearby[i];
    }

    /** How well {@code a → b} stands for a block connection whose kinds (with equivalents) are {@code exactMask}. */
    int strength(int a, int b, int exactMask) {
        int forward = kindMask.getOrDefault(pair(a, b), 0);
        if ((forward & exactMask) != 0) {
            return EXACT;
        }
        int backward = kindMask.getOrDefault(pair(b, a), 0);
        if (((forward | backward) & looseMask) != 0 || shareHelper(a, b)) {
            return LOOSE;
        }
        return NONE;
    }

    /** The connections from {@code a} to {@code b} whose kind is in the mask. */
    List<Connection> connections(int a, int b, int exactMask) {
        List<Connection> result = new ArrayList<>();
        for (Connection c : pairConnections.getOrDefault(pair(a, b), List.of())) {
            if ((bit(c.kind()) & exactMask) != 0) {
                result.add(c);
            }
        }
        return result;
    }

    private boolean shareHelper(int a, int b) {
        int[] x = helpers[a];
        int[] y = helpers[b];
        int i = 0;
        int j = 0;
        while (i < x.length && j < y.length) {
            if (x[i] == y[j]) {
                return true;
            }
            if (x[i] < y[j]) {
                i++;
            } else {
                j++;
            }
        }
        return false;
    }
}
