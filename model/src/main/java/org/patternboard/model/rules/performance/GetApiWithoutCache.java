package org.patternboard.model.rules.performance;

import static org.patternboard.model.rules.Types.REST_API;

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

/** PERF-004: a REST API that serves GET requests without a stage cache. */
public final class GetApiWithoutCache extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("PERF-004", Pillar.PERFORMANCE_EFFICIENCY, Severity.INFO)
            .title("REST API serves GET requests without a cache")
            .rationale("A stage cache answers repeated reads from API Gateway without calling the backend, cutting latency"
                    + " and backend load for data that may be a few minutes old.")
            .remedy("Turn on the stage cache (encrypted) with a TTL the data tolerates, or cache in CloudFront.")
            .references("PER 1", "checkov:CKV_AWS_120", "cdk-nag:HIPAA.Security-APIGWCacheEnabledAndEncrypted")
            .quickFix()
            .build();

    public GetApiWithoutCache() {
        super(INFO, REST_API);
    }

    @Override
    protected void check(Component api, RuleContext ctx, Findings out) {
        Setting cache = ctx.setting(api, "cacheEnabled");
        if (cache.isTrue()) {
            return;
        }
        for (Connection c : ctx.outgoing(api.id())) {
            if ((c.kind() == ConnectionKind.INTEGRATES || c.kind() == ConnectionKind.READS)
                    && ctx.setting(c, "method").is("GET")) {
                out.report(cache.describe() + " although " + ctx.name(c.to()) + " serves GET requests, so every read"
                        + " reaches the backend", ctx.setFix(api.id(), "cacheEnabled", true));
                return;
            }
        }
    }
}
