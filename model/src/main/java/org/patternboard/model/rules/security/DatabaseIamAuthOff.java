package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-029: RDS IAM auth off. */
public final class DatabaseIamAuthOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-029", Pillar.SECURITY, Severity.INFO)
            .title("Database without IAM authentication")
            .rationale("IAM database authentication gives functions short-lived tokens tied to their role instead of a shared, long-lived password.")
            .remedy("Turn on IAM authentication and grant rds-db:connect to the roles that need it.")
            .references("SEC 2", "cdk-nag:AwsSolutions-RDS6")
            .quickFix()
            .build();

    public DatabaseIamAuthOff() {
        super(INFO, "iamAuthentication", true,
                "clients can only connect with long-lived database passwords",
                DB_INSTANCE, DB_CLUSTER);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
