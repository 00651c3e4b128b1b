package org.patternboard.model.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Pillar scores from findings. For each pillar:
 *
 * <pre>
 *   penalty = 12 × errors + 4 × warnings + 1 × infos        (unsuppressed findings of the pillar)
 *   n       = components whose type one of the pillar's rules applies to (at least 1)
 *   score   = round(100 / (1 + penalty / (4 × n)))
 * </pre>
 *
 * So a design with nothing to say scores 100, one warning per applicable component halves the score, one
 * error per component brings it to 25, and the score never goes below 0 however many findings pile up.
 * Normalising by n keeps a large design from being punished for its size: one error among 100 components
 * costs 3 points, among 4 components 43.
 */
public final class PillarScores {
    static final int ERROR_WEIGHT = 12;
    static final int WARNING_WEIGHT = 4;
    static final int INFO_WEIGHT = 1;
    static final int PER_COMPONENT = 4;

    private PillarScores() {
    }

    public static int weight(Severity severity) {
        return switch (severity) {
            case ERROR -> ERROR_WEIGHT;
            case WARNING -> WARNING_WEIGHT;
            case INFO -> INFO_WEIGHT;
        };
    }

    /** One pillar's score from its penalty and the number of components its rules apply to. */
    public static int score(long penalty, int applicableComponents) {
        double perComponent = (double) penalty / (PER_COMPONENT * Math.max(1, applicableComponents));
        return (int) Math.round(100.0 / (1.0 + perComponent));
    }

    static Map<Pillar, Integer> compute(List<Finding> findings, Map<Pillar, Integer> applicable) {
        long[] penalty = new long[Pillar.values().length];
        for (Finding f : findings) {
            if (!f.suppressed()) {
                penalty[f.pillar().ordinal()] += weight(f.severity());
            }
        }
        Map<Pillar, Integer> scores = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            scores.put(p, score(penalty[p.ordinal()], applicable.getOrDefault(p, 0)));
        }
        return scores;
    }
}
