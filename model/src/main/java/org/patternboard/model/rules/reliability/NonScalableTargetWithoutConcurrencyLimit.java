package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import java.util.ArrayList;
import java.util.List;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.Invocations;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-026: a function that can scale far beyond what its database or external API can take. */
public final class NonScalableTargetWithoutConcurrencyLimit extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-026", Pillar.RELIABILITY, Severity.WARNING)
            .title("Function calls a non-scalable target without a concurrency limit")
            .rationale("Lambda scales to hundreds of concurrent executions in seconds; a relational database or a"
                    + " third-party API behind it does not, and collapses under the burst. Reserved concurrency (or a"
                    + " queue trigger's maximum concurrency) caps the load the function can put on it.")
            .remedy("Set reserved concurrency to what the downstream system can handle, or buffer the work in a queue"
                    + " with a trigger maximum concurrency.")
            .references("REL 1", "cdk-nag:HIPAA.Security-LambdaConcurrency", "checkov:CKV_AWS_115")
            .quickFix()
            .build();

    public NonScalableTargetWithoutConcurrencyLimit() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting reserved = ctx.setting(fn, "reservedConcurrency");
        if (reserved.isSet()) {
            return;
        }
        for (Connection q : Invocations.queues(ctx, fn.id())) {
            if (ctx.setting(q, "maxConcurrency").isSet()) {
                return;
            }
        }
        List<String> targets = new ArrayList<>();
        ctx.outgoing(fn.id(), ConnectionKind.CONNECTS, DB_INSTANCE, DB_CLUSTER).forEach(c -> targets.add(c.to()));
        ctx.outgoing(fn.id(), ConnectionKind.INVOKES, HTTP_ENDPOINT).forEach(c -> targets.add(c.to()));
        if (!targets.isEmpty()) {
            out.report(reserved.describe() + ", so a burst scales the function far beyond what "
                    + String.join(", ", targets.stream().map(ctx::name).toList()) + " can take",
                    ctx.setFix(fn.id(), "reservedConcurrency", 10L), targets.toArray(String[]::new));
        }
    }
}
