package org.patternboard.model.rules;

import java.util.Objects;
import java.util.function.Function;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.edit.Edit;

/**
 * An edit that removes a finding. It is planned against the document it is applied to, not the one the
 * finding came from: findings of untouched components survive many edits in a {@link RuleSession}, and a
 * fix planned earlier could otherwise pick an id that has been taken since. Planning is deterministic, so
 * {@code apply} and {@code inverse} on the same document agree.
 */
public final class QuickFix implements Edit {
    private final String description;
    private final Function<Architecture, Edit> plan;

    public QuickFix(String description, Function<Architecture, Edit> plan) {
        this.description = Objects.requireNonNull(description, "description");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    /** The concrete edit for this document. */
    public Edit planFor(Architecture design) {
        return plan.apply(design);
    }

    @Override
    public Architecture apply(Architecture before) {
        return planFor(before).apply(before);
    }

    @Override
    public Edit inverse(Architecture before) {
        return planFor(before).inverse(before);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public String toString() {
        return "QuickFix[" + description + "]";
    }
}
