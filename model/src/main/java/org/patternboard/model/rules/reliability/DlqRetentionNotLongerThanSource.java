package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.QUEUE;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.CommonFixes;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-021: a dead-letter queue keeps messages no longer than the queue that feeds it. */
public final class DlqRetentionNotLongerThanSource extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-021", Pillar.RELIABILITY, Severity.WARNING)
            .title("Dead-letter queue retention not longer than its source's")
            .rationale("A message moved to a standard dead-letter queue keeps its original enqueue time, so if the DLQ's"
                    + " retention is not longer than the source queue's, messages can expire the moment they arrive,"
                    + " before anyone investigates them.")
            .remedy("Give the dead-letter queue the maximum retention of 14 days (1,209,600 s).")
            .references("REL 2", "cfn-lint:I3013")
            .quickFix()
            .build();

    public DlqRetentionNotLongerThanSource() {
        super(INFO, QUEUE);
    }

    @Override
    protected void check(Component dlq, RuleContext ctx, Findings out) {
        Setting retention = ctx.setting(dlq, "messageRetention");
        long mine = retention.asLong(345_600);
        if (mine >= CommonFixes.MAX_RETENTION) {
            return;
        }
        for (Connection c : ctx.incoming(dlq.id(), ConnectionKind.FAILS_TO, QUEUE)) {
            Setting source = ctx.setting(ctx.component(c.from()), "messageRetention");
            if (mine <= source.asLong(345_600)) {
                out.report(retention.describe() + ", not longer than the retention of " + ctx.name(c.from()) + " ("
                        + source.describe() + "), so failed messages can expire on arrival",
                        ctx.setFix(dlq.id(), "messageRetention", CommonFixes.MAX_RETENTION), c.from(), c.id());
            }
        }
    }
}
