package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.REST_API;

import java.util.Set;
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

/** SEC-025: a REST API that accepts request bodies without validating them. */
public final class RestApiWithoutRequestValidation extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-025", Pillar.SECURITY, Severity.INFO)
            .title("REST API does not validate requests")
            .rationale("A request validator with a model rejects malformed bodies and missing parameters at the edge,"
                    + " before they reach (and bill) the backend or a direct service integration.")
            .remedy("Turn on request validation and define models for the request bodies.")
            .references("SEC 3", "cdk-nag:AwsSolutions-APIG2")
            .quickFix()
            .build();

    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH", "ANY");

    public RestApiWithoutRequestValidation() {
        super(INFO, REST_API);
    }

    @Override
    protected void check(Component api, RuleContext ctx, Findings out) {
        Setting validation = ctx.setting(api, "requestValidation");
        if (validation.isTrue()) {
            return;
        }
        for (Connection c : ctx.outgoing(api.id(), ConnectionKind.INTEGRATES)) {
            if (BODY_METHODS.contains(ctx.setting(c, "method").text())) {
                out.report(validation.describe() + " although the API accepts request bodies (" + ctx.setting(c, "method")
                        .describe() + " towards " + ctx.name(c.to()) + ")", ctx.setFix(api.id(), "requestValidation", true));
                return;
            }
        }
    }
}
