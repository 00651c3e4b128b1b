package org.patternboard.model.design;

import java.util.Comparator;
import java.util.Objects;

/**
 * A rule silenced for one target (a component or connection id, or "*" for the whole design),
 * always with the reason a reviewer will read.
 */
public record Suppression(String rule, String target, String reason) implements Comparable<Suppression> {
    public static final String WHOLE_DESIGN = "*";

    private static final Comparator<Suppression> ORDER = Comparator.comparing(Suppression::rule)
            .thenComparing(Suppression::target);

    public Suppression {
        Objects.requireNonNull(rule, "rule");
        target = target == null ? WHOLE_DESIGN : target;
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a suppression of " + rule + " on " + target + " needs a reason");
        }
    }

    public boolean matches(String ruleId, java.util.Collection<String> targets) {
        return rule.equals(ruleId) && (WHOLE_DESIGN.equals(target) || targets.contains(target));
    }

    @Override
    public int compareTo(Suppression o) {
        return ORDER.compare(this, o);
    }
}
