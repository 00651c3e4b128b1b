package org.patternboard.model.rules.performance;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** PERF-006: Kinesis single shard. */
public final class StreamSingleShard extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("PERF-006", Pillar.PERFORMANCE_EFFICIENCY, Severity.INFO)
            .title("Kinesis stream with a single provisioned shard")
            .rationale("A provisioned shard accepts 1 MB or 1,000 records per second; a single shard throttles producers at the first burst. On-demand mode adds shards as traffic grows.")
            .remedy("Use on-demand capacity, or size the shard count from measured throughput.")
            .references("PER 1")
            .quickFix()
            .build();

    public StreamSingleShard() {
        super(INFO, "streamMode", "ON_DEMAND",
                "with one shard the stream takes at most 1 MB/s or 1,000 records/s",
                KINESIS_STREAM);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("PROVISIONED") && context.setting(subject, "shardCount").asLong(1) <= 1;
    }
}
