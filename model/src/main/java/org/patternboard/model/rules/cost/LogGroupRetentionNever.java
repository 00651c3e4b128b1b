package org.patternboard.model.rules.cost;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** COST-001: Log group retention never. */
public final class LogGroupRetentionNever extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("COST-001", Pillar.COST_OPTIMIZATION, Severity.WARNING)
            .title("Log group keeps logs for ever")
            .rationale("CloudWatch Logs keeps events indefinitely unless a retention period is set, and every byte ever logged is billed every month.")
            .remedy("Set a retention period that matches how long you need the logs (for example 30 days) and export to S3 for longer archives.")
            .references("COST 1", "cdk-nag:Serverless-CloudWatchLogGroupRetentionPeriod", "checkov:CKV_AWS_66")
            .quickFix()
            .build();

    public LogGroupRetentionNever() {
        super(INFO, "retentionDays", "30",
                "log events are stored and billed indefinitely",
                LOG_GROUP);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("never");
    }
}
