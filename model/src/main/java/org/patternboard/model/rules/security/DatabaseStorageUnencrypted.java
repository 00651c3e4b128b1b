package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-004: RDS storage unencrypted. */
public final class DatabaseStorageUnencrypted extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-004", Pillar.SECURITY, Severity.ERROR)
            .title("Database storage not encrypted")
            .rationale("Encryption at rest protects data, snapshots and replicas from anyone who gets hold of the storage. RDS cannot encrypt an existing database in place (it takes a snapshot copy and a migration), so it has to be right from the start.")
            .remedy("Turn on storage encryption before the database is created (with a KMS key of your own if you need control over it).")
            .references("cdk-nag:AwsSolutions-RDS2", "cfn-lint:E3709")
            .quickFix()
            .build();

    public DatabaseStorageUnencrypted() {
        super(INFO, "storageEncrypted", true,
                "data and backups are stored unencrypted, and this cannot be changed later without a migration",
                DB_INSTANCE, DB_CLUSTER);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
