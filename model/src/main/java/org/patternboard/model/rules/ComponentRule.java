package org.patternboard.model.rules;

import java.util.Set;
import org.patternboard.model.design.Component;

/**
 * A rule that looks at one component (its subject) at a time. It may read the subject, the subject's
 * connections, the components at their other ends and those components' connections, and nothing further:
 * that locality is what the incremental {@link RuleSession} relies on. A check that needs more is a
 * {@link DesignRule}.
 */
public abstract class ComponentRule implements Rule {
    private final RuleInfo info;
    private final Set<String> subjects;

    protected ComponentRule(RuleInfo info, String... subjectTypes) {
        this.info = info;
        this.subjects = Set.of(subjectTypes);
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException(info.id() + " names no subject type");
        }
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public final Set<String> appliesTo() {
        return subjects;
    }

    /** Reports what is wrong with one subject (a component of one of {@link #appliesTo()}'s types). */
    protected abstract void check(Component subject, RuleContext context, Findings out);

    final void run(Component subject, RuleContext context, Findings out) {
        check(subject, context, out);
    }
}
