package org.patternboard.model.rules.reliability;

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

/** REL-025: a batch trigger without partial batch failure reporting. */
public final class BatchWithoutPartialFailureReporting extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-025", Pillar.RELIABILITY, Severity.INFO)
            .title("Batch trigger without partial failure reporting")
            .rationale("Without ReportBatchItemFailures one failing record makes Lambda retry the whole batch, so records"
                    + " that already succeeded are processed again and a poison record drags its whole batch into the"
                    + " dead-letter queue.")
            .remedy("Turn on reportBatchItemFailures and return the ids of failed records from the handler.")
            .references("REL 2")
            .quickFix()
            .build();

    public BatchWithoutPartialFailureReporting() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        for (Connection c : ctx.incoming(fn.id(), ConnectionKind.TRIGGERS, QUEUE, KINESIS_STREAM, TABLE)) {
            Setting batch = ctx.setting(c, "batchSize");
            Setting report = ctx.setting(c, "reportBatchItemFailures");
            if (batch.asLong(1) > 1 && !report.isTrue()) {
                out.report("the trigger from " + ctx.name(c.from()) + " delivers batches (" + batch.describe() + ") but "
                        + report.describe() + ": one failure retries the whole batch",
                        ctx.fix("Report batch item failures", b -> b.setOnConnection(c.id(), "reportBatchItemFailures",
                                true)), c.from(), c.id());
            }
        }
    }
}
