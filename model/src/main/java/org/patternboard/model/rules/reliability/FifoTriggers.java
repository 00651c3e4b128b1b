package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.LAMBDA;

import java.util.List;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.RuleContext;

/** The connections through which a FIFO queue triggers functions (none for a standard queue). */
final class FifoTriggers {
    private FifoTriggers() {
    }

    static List<Connection> of(Component queue, RuleContext ctx) {
        return ctx.setting(queue, "fifo").isTrue() ? ctx.outgoing(queue.id(), ConnectionKind.TRIGGERS, LAMBDA) : List.of();
    }
}
