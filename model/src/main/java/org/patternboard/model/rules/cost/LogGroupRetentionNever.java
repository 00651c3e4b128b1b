package org.patternboard.model.rules.cost;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.LineItem;
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

    /** With the estimate's figures when data flows in: what a year of it costs to keep, and that it keeps growing. */
    @Override
    protected String consequence(Setting value, Component group, RuleContext ctx) {
        ComponentCost cost = ctx.cost(group.id());
        Object ingested = cost == null ? null : cost.drivers().get("ingestedGb");
        LineItem storage = CostFigures.item(cost, "storage");
        if (!(ingested instanceof Double gb) || gb <= 0 || storage == null) {
            return super.consequence(value, group, ctx);
        }
        return "log events are stored and billed indefinitely: " + CostFigures.gb(gb) + " a month flows in, and a"
                + " year of it costs " + CostFigures.money(storage.monthly()) + " a month to store, growing every month";
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("never");
    }
}
