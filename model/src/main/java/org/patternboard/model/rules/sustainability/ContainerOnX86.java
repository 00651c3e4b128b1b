package org.patternboard.model.rules.sustainability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SUS-002: Fargate on X86_64. */
public final class ContainerOnX86 extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SUS-002", Pillar.SUSTAINABILITY, Severity.INFO)
            .title("Fargate on x86 where ARM64 would do")
            .rationale("Graviton (ARM64) Fargate tasks deliver the same work with less energy and cost about 20% less; most container images build for ARM64 unchanged.")
            .remedy("Build the image for ARM64 (or multi-arch) and set the architecture to ARM64.")
            .references("COST 1", "WA:SUS05-BP02")
            .quickFix()
            .build();

    public ContainerOnX86() {
        super(INFO, "architecture", "ARM64",
                "the tasks run on x86 instead of Graviton",
                FARGATE_SERVICE, FARGATE_TASK);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("X86_64");
    }
}
