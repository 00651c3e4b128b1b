package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Severity;

/** REL-036: an EFS file system asking for Elastic throughput in Max I/O performance mode. */
public final class ElasticThroughputWithMaxIo extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-036", Pillar.RELIABILITY, Severity.ERROR)
            .title("EFS Elastic throughput with Max I/O performance mode")
            .rationale("Elastic throughput is only available in the General Purpose performance mode; a file system that"
                    + " asks for both is rejected when the stack is deployed (the CDK refuses to synthesize it).")
            .remedy("Use General Purpose performance mode, which AWS recommends for nearly all workloads, or pick"
                    + " bursting or provisioned throughput.")
            .references("WA:PERF02-BP01")
            .quickFix()
            .build();

    public ElasticThroughputWithMaxIo() {
        super(INFO, FILE_SYSTEM);
    }

    @Override
    protected void check(Component fs, RuleContext ctx, Findings out) {
        if (ctx.setting(fs, "throughputMode").is("elastic") && ctx.setting(fs, "performanceMode").is("maxIO")) {
            out.report("throughputMode is elastic and performanceMode is maxIO; Elastic throughput needs General Purpose",
                    ctx.setFix(fs.id(), "performanceMode", "generalPurpose"));
        }
    }
}
