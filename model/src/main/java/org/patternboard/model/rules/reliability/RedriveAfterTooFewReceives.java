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

/** REL-031: a queue consumed by Lambda moves messages to its DLQ after fewer than 5 receives. */
public final class RedriveAfterTooFewReceives extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-031", Pillar.RELIABILITY, Severity.INFO)
            .title("Dead-letter redrive after fewer than 5 receives")
            .rationale("When Lambda is throttled, messages it has received but could not process count as receives too;"
                    + " with a low maxReceiveCount healthy messages end up in the dead-letter queue during a burst."
                    + " AWS recommends at least 5.")
            .remedy("Set maxReceiveCount to 5 or more on the redrive policy.")
            .references("REL 2")
            .quickFix()
            .build();

    public RedriveAfterTooFewReceives() {
        super(INFO, QUEUE);
    }

    @Override
    protected void check(Component queue, RuleContext ctx, Findings out) {
        if (ctx.outgoing(queue.id(), ConnectionKind.TRIGGERS, LAMBDA).isEmpty()) {
            return;
        }
        for (Connection c : ctx.outgoing(queue.id(), ConnectionKind.FAILS_TO, QUEUE)) {
            // The redrive policy lives on the failsTo connection; the queue property is the older spelling.
            Setting count = c.property("maxReceiveCount") == null && queue.property("maxReceiveCount") != null
                    ? ctx.setting(queue, "maxReceiveCount") : ctx.setting(c, "maxReceiveCount");
            if (count.asLong(3) < 5) {
                out.report(count.describe() + ", so messages a throttled function never got to process can end up in "
                        + ctx.name(c.to()), ctx.fix("Redrive after 5 receives", b -> b.setOnConnection(c.id(),
                                "maxReceiveCount", 5L)), c.to(), c.id());
            }
        }
    }
}
