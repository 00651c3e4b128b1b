package org.patternboard.model.rules.performance;

import static org.patternboard.model.rules.Types.*;

import java.util.List;
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

/** PERF-011: an edge-optimized REST API behind a CloudFront distribution of your own. */
public final class EdgeApiBehindDistribution extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("PERF-011", Pillar.PERFORMANCE_EFFICIENCY, Severity.INFO)
            .title("Edge-optimized API behind its own CloudFront distribution")
            .rationale("An edge-optimized endpoint already sits behind a CloudFront distribution managed by API Gateway;"
                    + " putting your own distribution in front sends requests through two CDNs and adds latency.")
            .remedy("Use a REGIONAL endpoint behind your distribution.")
            .references("PER 1")
            .quickFix()
            .build();

    public EdgeApiBehindDistribution() {
        super(INFO, REST_API);
    }

    @Override
    protected void check(Component api, RuleContext ctx, Findings out) {
        Setting endpoint = ctx.setting(api, "endpointType");
        List<Connection> served = ctx.incoming(api.id(), ConnectionKind.SERVES, DISTRIBUTION);
        if (endpoint.is("EDGE") && !served.isEmpty()) {
            out.report(endpoint.describe() + " while " + ctx.name(served.get(0).from()) + " already serves it, so"
                    + " requests pass through two CDNs", ctx.setFix(api.id(), "endpointType", "REGIONAL"),
                    served.get(0).from());
        }
    }
}
