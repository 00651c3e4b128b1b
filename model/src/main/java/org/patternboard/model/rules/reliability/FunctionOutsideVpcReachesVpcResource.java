package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import java.util.ArrayList;
import java.util.List;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-010: a function outside any VPC connects to something that lives only inside one. */
public final class FunctionOutsideVpcReachesVpcResource extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-010", Pillar.RELIABILITY, Severity.ERROR)
            .title("Function outside the VPC reaches a VPC-only resource")
            .rationale("Databases, proxies, caches and file systems are reachable only from inside their VPC; a function"
                    + " that is not attached to it cannot connect at all, unless the resource is made public, which is"
                    + " worse.")
            .remedy("Attach the function to the VPC's private subnets (vpc = true) and allow it in the resource's"
                    + " security group.")
            .references("SEC 2", "cdk-nag:HIPAA.Security-LambdaInsideVPC", "checkov:CKV_AWS_117")
            .quickFix()
            .build();

    public FunctionOutsideVpcReachesVpcResource() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting vpc = ctx.setting(fn, "vpc");
        if (vpc.isTrue()) {
            return;
        }
        List<String> targets = new ArrayList<>();
        for (Connection c : ctx.outgoing(fn.id())) {
            if ((c.kind() == ConnectionKind.CONNECTS && ctx.isType(c.to(), DB_PROXY, DB_INSTANCE, DB_CLUSTER, CACHE))
                    || (c.kind() == ConnectionKind.MOUNTS && ctx.isType(c.to(), FILE_SYSTEM))) {
                targets.add(c.to());
            }
        }
        if (!targets.isEmpty()) {
            out.report(vpc.describe() + ": the function cannot reach " + String.join(", ", targets.stream()
                    .map(ctx::name).toList()) + ", which live only inside the VPC", ctx.setFix(fn.id(), "vpc", true),
                    targets.toArray(String[]::new));
        }
    }
}
