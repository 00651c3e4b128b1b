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

/** REL-002: a queue's visibility timeout is shorter than its consuming function's timeout. */
public final class VisibilityTimeoutBelowFunctionTimeout extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-002", Pillar.RELIABILITY, Severity.ERROR)
            .title("Queue visibility timeout shorter than the consumer's timeout")
            .rationale("Lambda refuses an SQS event source whose visibility timeout is below the function's timeout, so"
                    + " the deployment fails; were it accepted, messages would reappear while still being processed"
                    + " and be handled twice.")
            .remedy("Set the queue's visibility timeout to at least six times the function's timeout (plus any"
                    + " batching window).")
            .references("REL 2", "cfn-lint:E3505", "cdk-nag:LambdaEventSourceSQSVisibilityTimeout")
            .quickFix()
            .build();

    public VisibilityTimeoutBelowFunctionTimeout() {
        super(INFO, QUEUE);
    }

    @Override
    protected void check(Component queue, RuleContext ctx, Findings out) {
        Setting visibility = ctx.setting(queue, "visibilityTimeout");
        long vis = visibility.asLong(30);
        for (Connection c : ctx.outgoing(queue.id(), ConnectionKind.TRIGGERS, LAMBDA)) {
            Setting timeout = ctx.setting(ctx.component(c.to()), "timeout");
            if (vis < timeout.asLong(3)) {
                out.report(visibility.describe() + ", shorter than the timeout of " + ctx.name(c.to()) + " ("
                        + timeout.describe() + "): the event source mapping will be rejected",
                        VisibilityTimeouts.fix(ctx, queue.id()), c.to(), c.id());
            }
        }
    }
}
