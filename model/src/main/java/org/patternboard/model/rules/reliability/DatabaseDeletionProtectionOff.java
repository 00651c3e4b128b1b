package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-015: RDS deletion protection off. */
public final class DatabaseDeletionProtectionOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-015", Pillar.RELIABILITY, Severity.WARNING)
            .title("Database without deletion protection")
            .rationale("Deletion protection makes deleting a database a deliberate two-step act, so neither a stack teardown nor a change that forces replacement can destroy it.")
            .remedy("Turn on deletion protection.")
            .references("cdk-nag:AwsSolutions-RDS10")
            .quickFix()
            .build();

    public DatabaseDeletionProtectionOff() {
        super(INFO, "deletionProtection", true,
                "a stack deletion or a replacement deletes the database",
                DB_INSTANCE, DB_CLUSTER);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
