package org.patternboard.model.rules;

import org.patternboard.model.design.Component;

/**
 * The common shape "one property of one component has a risky value": the finding states the value (or the
 * default that applies) and the consequence, and the quick fix sets the safe value.
 */
public abstract class PropertyRule extends ComponentRule {
    private final String property;
    private final Object fixValue;
    private final String consequence;

    /**
     * @param fixValue the value the quick fix sets, or null when the rule has no quick fix
     * @param consequence what the value means, appended to the finding's message
     */
    protected PropertyRule(RuleInfo info, String property, Object fixValue, String consequence, String... types) {
        super(info, types);
        this.property = property;
        this.fixValue = fixValue;
        this.consequence = consequence;
        if ((fixValue != null) != info.hasQuickFix()) {
            throw new IllegalArgumentException(info.id() + ": quick fix value and metadata disagree");
        }
    }

    /** Whether the resolved value is the risky one. */
    protected abstract boolean violates(Setting value, Component subject, RuleContext context);

    /** What the value means for this subject, appended to the message; the fixed consequence unless a rule says more. */
    protected String consequence(Setting value, Component subject, RuleContext context) {
        return consequence;
    }

    /** Whether a property value is a non-empty list (or map). */
    protected static boolean hasItems(Object value) {
        return value instanceof java.util.Collection<?> c && !c.isEmpty() || value instanceof java.util.Map<?, ?> m && !m.isEmpty();
    }

    @Override
    protected final void check(Component subject, RuleContext context, Findings out) {
        Setting value = context.setting(subject, property);
        if (violates(value, subject, context)) {
            out.report(value.describe() + "; " + consequence(value, subject, context),
                    fixValue == null ? null : context.setFix(subject.id(), property, fixValue));
        }
    }
}
