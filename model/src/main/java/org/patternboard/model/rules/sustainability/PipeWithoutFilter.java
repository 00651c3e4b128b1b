package org.patternboard.model.rules.sustainability;

import static org.patternboard.model.rules.Types.PIPE;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SUS-007: an EventBridge pipe that forwards every event of its source. */
public final class PipeWithoutFilter extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SUS-007", Pillar.SUSTAINABILITY, Severity.INFO)
            .title("Pipe without an event filter")
            .rationale("A pipe without a filter starts its target for every record of the source, including the ones the"
                    + " target ignores; filtering in the pipe is free and drops unwanted events before they cost"
                    + " compute.")
            .remedy("Add a filter pattern that lets through only the events the target acts on.")
            .references("REL 2", "PER 1")
            .build();

    public PipeWithoutFilter() {
        super(INFO, PIPE);
    }

    @Override
    protected void check(Component pipe, RuleContext ctx, Findings out) {
        Setting filter = ctx.setting(pipe, "filterPattern");
        if (!filter.isSet()) {
            out.report(filter.describe() + ", so every source event reaches the target");
        }
    }
}
