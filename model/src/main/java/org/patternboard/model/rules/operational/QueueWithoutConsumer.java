package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.QUEUE;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Severity;

/** OPS-020: a queue that nothing consumes and that is not a dead-letter queue. */
public final class QueueWithoutConsumer extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-020", Pillar.OPERATIONAL_EXCELLENCE, Severity.INFO)
            .title("Queue that nothing consumes")
            .rationale("Messages sent to a queue without a consumer wait until the retention period deletes them;"
                    + " in a design this usually means a missing trigger.")
            .remedy("Connect the consumer (a function or pipe trigger), or remove the queue.")
            .references("OPS 1")
            .build();

    public QueueWithoutConsumer() {
        super(INFO, QUEUE);
    }

    @Override
    protected void check(Component queue, RuleContext ctx, Findings out) {
        if (!ctx.outgoing(queue.id(), ConnectionKind.TRIGGERS).isEmpty()
                || !ctx.incoming(queue.id(), ConnectionKind.FAILS_TO).isEmpty()) {
            return;
        }
        out.report("no function or pipe consumes this queue and it is no one's dead-letter queue, so messages wait"
                + " until retention deletes them (" + ctx.setting(queue, "messageRetention").describe() + ")");
    }
}
