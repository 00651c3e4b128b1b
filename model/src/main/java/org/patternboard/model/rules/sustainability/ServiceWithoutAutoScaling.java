package org.patternboard.model.rules.sustainability;

import static org.patternboard.model.rules.Types.FARGATE_SERVICE;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SUS-004: a Fargate service with a fixed task count. */
public final class ServiceWithoutAutoScaling extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SUS-004", Pillar.SUSTAINABILITY, Severity.INFO)
            .title("Fargate service without auto scaling")
            .rationale("A fixed task count is sized for the peak and idles the rest of the time, or is sized for the"
                    + " average and fails at the peak; scaling with demand uses only the capacity the load needs.")
            .remedy("Set minimum and maximum capacity and scale on CPU, memory or request count.")
            .references("REL 2", "PER 1", "WA:SUS02-BP01")
            .quickFix()
            .build();

    public ServiceWithoutAutoScaling() {
        super(INFO, FARGATE_SERVICE);
    }

    @Override
    protected void check(Component service, RuleContext ctx, Findings out) {
        Setting max = ctx.setting(service, "maxCapacity");
        if (max.isSet()) {
            return;
        }
        long desired = Math.max(2, ctx.setting(service, "desiredCount").asLong(1));
        out.report(max.describe() + ", so the service runs a fixed number of tasks whatever the load",
                ctx.fix("Scale " + service.name() + " between " + desired + " and " + 2 * desired + " tasks", b -> {
                    b.set(service.id(), "minCapacity", desired);
                    b.set(service.id(), "maxCapacity", 2 * desired);
                }));
    }
}
