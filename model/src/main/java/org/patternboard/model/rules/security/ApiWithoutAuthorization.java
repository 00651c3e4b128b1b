package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-007: an API that anyone can call. */
public final class ApiWithoutAuthorization extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-007", Pillar.SECURITY, Severity.WARNING)
            .title("API without authorization")
            .rationale("An API without an authorizer accepts calls from anyone who finds its URL; authentication at the"
                    + " gateway (IAM, JWT/Cognito or a Lambda authorizer) rejects them before they reach, and bill,"
                    + " the backend. API keys identify clients but do not authenticate them.")
            .remedy("Require IAM authorization, or connect a Cognito user pool or a Lambda authorizer.")
            .references("SEC 1", "cdk-nag:AwsSolutions-APIG4", "cdk-nag:AwsSolutions-COG4", "checkov:CKV_AWS_59")
            .quickFix()
            .build();

    public ApiWithoutAuthorization() {
        super(INFO, REST_API, HTTP_API, WEBSOCKET_API);
    }

    @Override
    protected void check(Component api, RuleContext ctx, Findings out) {
        Setting auth = ctx.setting(api, "authorization");
        if (!auth.is("NONE") || !ctx.incoming(api.id(), ConnectionKind.AUTHORIZES).isEmpty()) {
            return;
        }
        out.report(auth.describe() + " and no authorizer is connected: anyone who finds the endpoint can call it",
                ctx.setFix(api.id(), "authorization", "IAM"));
    }
}
