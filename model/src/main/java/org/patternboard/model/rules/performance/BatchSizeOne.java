package org.patternboard.model.rules.performance;

import static org.patternboard.model.rules.Types.*;

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

/** PERF-012: a queue or stream trigger that delivers one record per invocation. */
public final class BatchSizeOne extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("PERF-012", Pillar.PERFORMANCE_EFFICIENCY, Severity.INFO)
            .title("Queue or stream trigger with batch size 1")
            .rationale("Each invocation has a fixed overhead; processing one record per invocation multiplies"
                    + " invocations, cold starts and concurrency, where batches spread the overhead.")
            .remedy("Raise the batch size (10 for SQS, 100 for streams) and report partial batch failures.")
            .references("PER 1")
            .quickFix()
            .build();

    public BatchSizeOne() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        for (Connection c : ctx.incoming(fn.id(), ConnectionKind.TRIGGERS, QUEUE, KINESIS_STREAM, TABLE)) {
            Setting batch = ctx.setting(c, "batchSize");
            if (batch.asLong(10) == 1) {
                long better = ctx.isType(c.from(), QUEUE) ? 10 : 100;
                out.report("the trigger from " + ctx.name(c.from()) + " has " + batch.describe()
                        + ", one invocation per record", ctx.fix("Set the batch size to " + better,
                                b -> b.setOnConnection(c.id(), "batchSize", better)), c.from(), c.id());
            }
        }
    }
}
