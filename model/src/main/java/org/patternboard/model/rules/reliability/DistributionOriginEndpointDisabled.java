package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Severity;

/** REL-040: a distribution serving an API whose default (execute-api) endpoint is disabled. */
public final class DistributionOriginEndpointDisabled extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-040", Pillar.RELIABILITY, Severity.ERROR)
            .title("Distribution serves an API whose default endpoint is disabled")
            .rationale("CloudFront reaches an API through its execute-api host name; with that endpoint disabled every"
                    + " request through the distribution fails (the CDK refuses to synthesize such an origin).")
            .remedy("Keep the API's default endpoint enabled while the distribution uses it, or point the origin at"
                    + " the API's custom domain.")
            .references("REL 1")
            .quickFix()
            .build();

    public DistributionOriginEndpointDisabled() {
        super(INFO, DISTRIBUTION);
    }

    @Override
    protected void check(Component distribution, RuleContext ctx, Findings out) {
        for (Connection c : ctx.outgoing(distribution.id(), ConnectionKind.SERVES, REST_API, HTTP_API)) {
            if (ctx.setting(ctx.component(c.to()), "disableExecuteApiEndpoint").isTrue()) {
                out.report(ctx.name(c.to()) + " has disableExecuteApiEndpoint true, so the distribution cannot reach it",
                        ctx.setFix(c.to(), "disableExecuteApiEndpoint", false), c.to(), c.id());
            }
        }
    }
}
