package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-022: Rule or schedule disabled. */
public final class EventSourceDisabled extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-022", Pillar.OPERATIONAL_EXCELLENCE, Severity.INFO)
            .title("Event rule or schedule disabled")
            .rationale("A disabled rule or schedule delivers nothing; in a design it is usually a leftover from testing that silently stops a flow.")
            .remedy("Enable it, or remove it together with what only it feeds.")
            .references("OPS 1")
            .quickFix()
            .build();

    public EventSourceDisabled() {
        super(INFO, "enabled", true,
                "nothing it targets receives events",
                EVENT_RULE, SCHEDULE);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
