package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.GRAPHQL_API;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-024: a GraphQL API whose only client identity is an API key. */
public final class GraphqlApiKeyOnly extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-024", Pillar.SECURITY, Severity.INFO)
            .title("GraphQL API authenticated by API key only")
            .rationale("An API key identifies a client application, not a user: anyone who extracts it from the app can"
                    + " call the API, and it expires and must be renewed. Keys suit public, read-only data.")
            .remedy("Use Cognito user pools, OIDC or IAM for user data; keep API keys for public data with short expiry.")
            .references("SEC 1", "REL 1")
            .build();

    public GraphqlApiKeyOnly() {
        super(INFO, GRAPHQL_API);
    }

    @Override
    protected void check(Component api, RuleContext ctx, Findings out) {
        Setting auth = ctx.setting(api, "authenticationType");
        if (auth.is("API_KEY") && ctx.incoming(api.id(), ConnectionKind.AUTHORIZES).isEmpty()) {
            out.report(auth.describe() + ", so anyone who extracts the key from the client can call the API");
        }
    }
}
