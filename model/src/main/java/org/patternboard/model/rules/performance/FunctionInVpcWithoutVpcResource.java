package org.patternboard.model.rules.performance;

import static org.patternboard.model.rules.Types.LAMBDA;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** PERF-007: a function attached to a VPC although it reaches nothing inside one. */
public final class FunctionInVpcWithoutVpcResource extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("PERF-007", Pillar.PERFORMANCE_EFFICIENCY, Severity.INFO)
            .title("Function in a VPC without a reason")
            .rationale("A function attached to a VPC reaches the internet and AWS APIs only through a NAT gateway or VPC"
                    + " endpoints, which add latency, cost and failure points; it needs the VPC only to reach private"
                    + " resources.")
            .remedy("Detach the function from the VPC unless it connects to a database, cache or file system there.")
            .references("PER 1", "SEC 2")
            .quickFix()
            .build();

    public FunctionInVpcWithoutVpcResource() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting vpc = ctx.setting(fn, "vpc");
        if (vpc.isTrue() && ctx.outgoing(fn.id(), ConnectionKind.CONNECTS).isEmpty()
                && ctx.outgoing(fn.id(), ConnectionKind.MOUNTS).isEmpty()) {
            out.report(vpc.describe() + " but the function connects to nothing inside the VPC, so its other calls"
                    + " take the longer way through NAT or endpoints", ctx.setFix(fn.id(), "vpc", false));
        }
    }
}
