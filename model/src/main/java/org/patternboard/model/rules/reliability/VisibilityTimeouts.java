package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.LAMBDA;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.QuickFix;
import org.patternboard.model.rules.RuleContext;

/** The arithmetic REL-002 and REL-003 share: what visibility timeout a queue's consumers need. */
final class VisibilityTimeouts {
    static final long MAX = 43_200;

    private VisibilityTimeouts() {
    }

    /** Seconds a consumer may hold a batch: its timeout plus the batching window. */
    static long holdTime(RuleContext ctx, Connection trigger) {
        Component fn = ctx.component(trigger.to());
        return ctx.setting(fn, "timeout").asLong(3) + ctx.setting(trigger, "maxBatchingWindow").asLong(0);
    }

    /** Six times the longest hold time of any function consuming the queue (AWS's guidance), capped. */
    static long recommended(RuleContext ctx, String queue) {
        long longest = 0;
        for (Connection c : ctx.outgoing(queue, ConnectionKind.TRIGGERS, LAMBDA)) {
            longest = Math.max(longest, holdTime(ctx, c));
        }
        return Math.min(MAX, 6 * longest);
    }

    static QuickFix fix(RuleContext ctx, String queue) {
        return ctx.setFix(queue, "visibilityTimeout", recommended(ctx, queue));
    }
}
