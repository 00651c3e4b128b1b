package org.patternboard.model.rules.security;

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

/** SEC-017: an ElastiCache replication group without encryption at rest or in transit. */
public final class CacheUnencrypted extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-017", Pillar.SECURITY, Severity.ERROR)
            .title("Cache not encrypted")
            .rationale("Caches hold copies of sessions and query results; without encryption in transit anyone on the"
                    + " network path can read them, and encryption at rest can only be chosen when the cluster is"
                    + " created.")
            .remedy("Create the replication group with encryption at rest and in transit.")
            .references("cdk-nag:AwsSolutions-AEC3", "cfn-lint:E3704", "checkov:CKV_AWS_29", "checkov:CKV_AWS_30")
            .quickFix()
            .build();

    public CacheUnencrypted() {
        super(INFO, CACHE);
    }

    @Override
    protected void check(Component cache, RuleContext ctx, Findings out) {
        List<String> off = new ArrayList<>();
        for (String p : List.of("atRestEncryption", "transitEncryption")) {
            Setting s = ctx.setting(cache, p);
            if (!s.isTrue()) {
                off.add(s.describe());
            }
        }
        if (off.isEmpty()) {
            return;
        }
        out.report(String.join(" and ", off) + "; cached data is exposed",
                ctx.fix("Encrypt " + cache.name(), b -> {
                    for (String p : List.of("atRestEncryption", "transitEncryption")) {
                        if (!Boolean.TRUE.equals(b.component(cache.id()).property(p))) {
                            b.set(cache.id(), p, true);
                        }
                    }
                }));
    }
}
