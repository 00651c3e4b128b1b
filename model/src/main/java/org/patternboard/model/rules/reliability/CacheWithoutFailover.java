package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.CACHE;

import java.util.ArrayList;
import java.util.List;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-017: an ElastiCache replication group without Multi-AZ automatic failover. */
public final class CacheWithoutFailover extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-017", Pillar.RELIABILITY, Severity.WARNING)
            .title("Cache without Multi-AZ failover")
            .rationale("Without a replica in another zone and automatic failover, losing the primary node empties the"
                    + " cache and sends the full load to the database behind it.")
            .remedy("Add at least one replica and turn on Multi-AZ with automatic failover.")
            .references("cdk-nag:AwsSolutions-AEC4", "cfn-lint:E3026")
            .quickFix()
            .build();

    public CacheWithoutFailover() {
        super(INFO, CACHE);
    }

    @Override
    protected void check(Component cache, RuleContext ctx, Findings out) {
        List<String> off = new ArrayList<>();
        for (String p : List.of("multiAz", "automaticFailover")) {
            Setting s = ctx.setting(cache, p);
            if (!s.isTrue()) {
                off.add(s.describe());
            }
        }
        if (off.isEmpty()) {
            return;
        }
        out.report(String.join(" and ", off) + "; losing the primary node empties the cache",
                ctx.fix("Turn on Multi-AZ failover for " + cache.name(), b -> {
                    Component c = b.component(cache.id());
                    if (!(c.property("replicasPerNodeGroup") instanceof Long n) || n < 1) {
                        b.set(cache.id(), "replicasPerNodeGroup", 1L);
                    }
                    b.set(cache.id(), "automaticFailover", true);
                    b.set(cache.id(), "multiAz", true);
                }));
    }
}
