package org.patternboard.model.rules.cost;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** COST-010: Kinesis retention above 24 hours. */
public final class StreamExtendedRetention extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("COST-010", Pillar.COST_OPTIMIZATION, Severity.INFO)
            .title("Kinesis stream with extended retention")
            .rationale("Retention beyond 24 hours is billed per shard-hour; most consumers read within minutes, and archives belong in S3 through Firehose.")
            .remedy("Keep 24 hours unless a consumer really replays older records, and archive to S3 instead.")
            .references("COST 1", "cfn-lint:I3013")
            .build();

    public StreamExtendedRetention() {
        super(INFO, "retentionHours", null,
                "extended retention is billed for every shard",
                KINESIS_STREAM);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.asLong(24) > 24;
    }
}
