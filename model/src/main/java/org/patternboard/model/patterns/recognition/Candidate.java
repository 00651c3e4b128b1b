package org.patternboard.model.patterns.recognition;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.patternboard.model.design.Connection;
import org.patternboard.model.patterns.recognition.BlockShape.Link;
import org.patternboard.model.patterns.recognition.BlockShape.Role;

/**
 * One way a block sits in a design: for each block node the design component it is (or -1), with the figures
 * that rank it against other candidates.
 */
final class Candidate {
    /** Best first: more of the block found, then more complete, more actors, closer kinds, closer properties. */
    static final Comparator<Candidate> BEST_FIRST = Comparator
            .comparingInt((Candidate c) -> -c.found)
            .thenComparingDouble(c -> -c.completeness)
            .thenComparingInt(c -> -c.incidental)
            .thenComparingInt(c -> -c.exactness)
            .thenComparingInt(c -> -c.propertyAgreement)
            .thenComparingInt(c -> c.shape.order)
            .thenComparing(c -> c.sortedComponents, Arrays::compare)
            .thenComparing(c -> c.map, Arrays::compare);

    final BlockShape shape;
    final DesignGraph graph;
    final int[] map;
    final int[] linkStrength;
    final int found;
    final double completeness;
    final int incidental;
    final int exactness;
    final int propertyAgreement;
    final int[] sortedComponents;

    Candidate(BlockShape shape, DesignGraph graph, int[] map) {
        this.shape = shape;
        this.graph = graph;
        this.map = map.clone();
        this.linkStrength = new int[shape.links.size()];
        int total = 0;
        int got = 0;
        int actors = 0;
        int exact = 0;
        int agree = 0;
        for (int i = 0; i < shape.size(); i++) {
            if (shape.counts(i)) {
                total++;
                if (map[i] >= 0) {
                    got++;
                }
            } else if (map[i] >= 0) {
                actors++;
            }
            if (map[i] >= 0) {
                agree += agreement(shape.nodes[i].properties(), graph.components[map[i]].properties());
            }
        }
        for (int k = 0; k < linkStrength.length; k++) {
            Link l = shape.links.get(k);
            int s = map[l.from()] >= 0 && map[l.to()] >= 0 ? graph.strength(map[l.from()], map[l.to()], l.exactMask())
                    : DesignGraph.NONE;
            linkStrength[k] = s;
            exact += s;
            if (shape.counts(l)) {
                total++;
                if (s > DesignGraph.NONE) {
                    got++;
                }
            }
            if (s == DesignGraph.EXACT) {
                agree += linkAgreement(l);
            }
        }
        this.found = got;
        this.completeness = total == 0 ? 1.0 : (double) got / total;
        this.incidental = actors;
        this.exactness = exact;
        this.propertyAgreement = agree;
        this.sortedComponents = Arrays.stream(map).filter(v -> v >= 0).distinct().sorted().toArray();
    }

    /** The same candidate without the non-core parts already claimed by a better match; null if core is hit. */
    Candidate without(BitSet taken) {
        int[] m = map.clone();
        boolean changed = false;
        for (int i = 0; i < m.length; i++) {
            if (m[i] >= 0 && taken.get(m[i])) {
                if (shape.roles[i] == Role.CORE) {
                    return null;
                }
                m[i] = -1;
                changed = true;
            }
        }
        return changed ? new Candidate(shape, graph, m) : this;
    }

    boolean coreComplete() {
        for (int i = 0; i < map.length; i++) {
            if (shape.roles[i] == Role.CORE && map[i] < 0) {
                return false;
            }
        }
        return true;
    }

    private int linkAgreement(Link l) {
        List<Connection> design = graph.connections(map[l.from()], map[l.to()], l.exactMask());
        int best = Integer.MIN_VALUE;
        for (Connection b : l.connections()) {
            for (Connection d : design) {
                best = Math.max(best, agreement(b.properties(), d.properties()));
            }
        }
        return best == Integer.MIN_VALUE ? 0 : best;
    }

    /**
     * Properties only break ties between blocks of the same shape (the gateway blocks differ in their API's
     * settings): each block value the design shares counts one up, each it lacks or differs in one down.
     */
    static int agreement(Map<String, Object> block, Map<String, Object> design) {
        int score = 0;
        for (Map.Entry<String, Object> e : block.entrySet()) {
            score += sameValue(e.getValue(), design.get(e.getKey())) ? 1 : -1;
        }
        return score;
    }

    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            try {
                return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
            } catch (NumberFormatException e) {
                return x.toString().equals(y.toString());
            }
        }
        if (a instanceof Number || b instanceof Number) {
            return a != null && b != null && a.toString().equals(b.toString());
        }
        return Objects.equals(a, b);
    }
}
