package org.patternboard.model.rules;

import java.util.Set;

/**
 * A rule that needs the whole graph, e.g. "one execution role shared by several functions". It is re-run on
 * every update that touches a component of one of its types, so its check must stay cheap: iterate
 * {@link RuleContext#ofType} rather than every component.
 */
public abstract class DesignRule implements Rule {
    private final RuleInfo info;
    private final Set<String> types;

    protected DesignRule(RuleInfo info, String... types) {
        this.info = info;
        this.types = Set.of(types);
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public final Set<String> appliesTo() {
        return types;
    }

    /** Reports every problem in the design; each finding names its targets explicitly. */
    protected abstract void check(RuleContext context, Findings out);

    final void run(RuleContext context, Findings out) {
        check(context, out);
    }
}
