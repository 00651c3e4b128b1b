package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-032: AppSync introspection on a public API. */
public final class GraphqlIntrospectionEnabled extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-032", Pillar.SECURITY, Severity.INFO)
            .title("Public GraphQL API allows introspection")
            .rationale("Introspection hands out the complete schema, including fields clients are not meant to know about; production APIs rarely need it.")
            .remedy("Disable introspection in production.")
            .references("SEC 1")
            .quickFix()
            .build();

    public GraphqlIntrospectionEnabled() {
        super(INFO, "introspection", "DISABLED",
                "anyone who can reach the public API can download its whole schema",
                GRAPHQL_API);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("ENABLED") && context.setting(subject, "visibility").is("GLOBAL");
    }
}
