package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-005: RDS instance publicly accessible. */
public final class DatabasePubliclyAccessible extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-005", Pillar.SECURITY, Severity.ERROR)
            .title("Database publicly accessible")
            .rationale("A publicly accessible database has an internet-routable endpoint; only its security group stands between it and every scanner on the internet.")
            .remedy("Make the database private and reach it from functions in the VPC, through RDS Proxy.")
            .references("SEC 2", "cdk-nag:HIPAA.Security-RDSInstancePublicAccess", "checkov:CKV_AWS_17")
            .quickFix()
            .build();

    public DatabasePubliclyAccessible() {
        super(INFO, "publiclyAccessible", false,
                "the database has a public endpoint",
                DB_INSTANCE);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.isTrue();
    }
}
