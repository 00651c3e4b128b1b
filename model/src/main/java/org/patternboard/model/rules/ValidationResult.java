package org.patternboard.model.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one check, in a deterministic order (first target, then rule id, then the other targets and
 * the message), and the six pillar scores. Suppressed findings are included with their flag set.
 */
public record ValidationResult(List<Finding> findings, Map<Pillar, Integer> scores) {

    public ValidationResult {
        findings = List.copyOf(findings);
        EnumMap<Pillar, Integer> copy = new EnumMap<>(Pillar.class);
        copy.putAll(scores);
        scores = Collections.unmodifiableMap(copy);
    }

    /** Findings no suppression silences. */
    public List<Finding> unsuppressed() {
        return findings.stream().filter(f -> !f.suppressed()).toList();
    }

    /** Findings a suppression silences (still reported, with the reason). */
    public List<Finding> suppressed() {
        return findings.stream().filter(Finding::suppressed).toList();
    }

    /** Unsuppressed findings of exactly this severity. */
    public int count(Severity severity) {
        int n = 0;
        for (Finding f : findings) {
            if (!f.suppressed() && f.severity() == severity) {
                n++;
            }
        }
        return n;
    }

    /** Whether any unsuppressed finding is at least as severe as {@code threshold}. */
    public boolean reaches(Severity threshold) {
        for (Finding f : findings) {
            if (!f.suppressed() && f.severity().atLeast(threshold)) {
                return true;
            }
        }
        return false;
    }

    public int score(Pillar pillar) {
        return scores.getOrDefault(pillar, 100);
    }

    /** Findings that name a component or connection among their targets. */
    public List<Finding> about(String targetId) {
        return findings.stream().filter(f -> f.targets().contains(targetId)).toList();
    }

    /** Findings of one rule. */
    public List<Finding> ofRule(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
