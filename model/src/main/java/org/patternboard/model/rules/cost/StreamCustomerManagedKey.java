package org.patternboard.model.rules.cost;

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

/** COST-009: a Kinesis stream encrypted with a customer managed key. */
public final class StreamCustomerManagedKey extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("COST-009", Pillar.COST_OPTIMIZATION, Severity.INFO)
            .title("Kinesis stream encrypted with a customer managed key")
            .rationale("With a customer managed key every producer and consumer call costs KMS requests, which grow"
                    + " with throughput; the AWS-managed aws/kinesis key encrypts just as well for free, unless"
                    + " compliance requires control over the key.")
            .remedy("Use the AWS-managed key for Kinesis unless a policy requires your own.")
            .references("COST 1", "cdk-nag:AwsSolutions-KDS3")
            .quickFix()
            .build();

    public StreamCustomerManagedKey() {
        super(INFO, KINESIS_STREAM);
    }

    @Override
    protected void check(Component stream, RuleContext ctx, Findings out) {
        for (Connection c : ctx.outgoing(stream.id(), ConnectionKind.USES, KMS_KEY)) {
            out.report("the stream uses the customer managed key " + ctx.name(c.to())
                    + ", so every read and write also pays for KMS requests",
                    ctx.fix("Use the AWS-managed key for " + stream.name(), b -> b.remove(c.id())), c.to(), c.id());
        }
    }
}
