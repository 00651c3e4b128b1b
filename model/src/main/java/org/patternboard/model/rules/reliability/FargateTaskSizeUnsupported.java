package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import java.util.List;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-035: a Fargate task or service with a CPU and memory pair Fargate does not run. */
public final class FargateTaskSizeUnsupported extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-035", Pillar.RELIABILITY, Severity.ERROR)
            .title("Fargate task size that Fargate does not offer")
            .rationale("Fargate runs only certain CPU and memory pairs (0.25 vCPU with 0.5 to 2 GB, 1 vCPU with 2 to 8 GB,"
                    + " and so on); a task definition with another pair is rejected when the stack is deployed.")
            .remedy("Pick a memory size the task's CPU allows, or change the CPU.")
            .references("cfn-lint:E3047")
            .quickFix()
            .build();

    public FargateTaskSizeUnsupported() {
        super(INFO, FARGATE_TASK, FARGATE_SERVICE);
    }

    @Override
    protected void check(Component task, RuleContext ctx, Findings out) {
        Setting cpu = ctx.setting(task, "cpu");
        Setting memory = ctx.setting(task, "memory");
        long units = parse(cpu.text());
        long mib = memory.asLong(-1);
        List<Long> allowed = FargateTaskSizes.memoryFor(units);
        if (allowed.isEmpty() || mib < 0 || allowed.contains(mib)) {
            return;
        }
        long nearest = FargateTaskSizes.nearestMemory(units, mib);
        out.report(cpu.describe() + " and " + memory.describe() + "; with " + units + " CPU units Fargate takes "
                        + allowed.get(0) + " to " + allowed.get(allowed.size() - 1) + " MB",
                ctx.setFix(task.id(), "memory", nearest));
    }

    private static long parse(String text) {
        try {
            return text == null ? -1 : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
