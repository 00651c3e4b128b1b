package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-016: RDS backups off. */
public final class DatabaseBackupsDisabled extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-016", Pillar.RELIABILITY, Severity.ERROR)
            .title("Database automated backups turned off")
            .rationale("With a retention of 0 days RDS takes no automated backups, so a failure or a bad migration can only be recovered from manual snapshots, if there are any.")
            .remedy("Keep automated backups for at least 7 days.")
            .references("cdk-nag:AwsSolutions-RDS13", "cfn-lint:I3013")
            .quickFix()
            .build();

    public DatabaseBackupsDisabled() {
        super(INFO, "backupRetentionDays", 7L,
                "there are no automated backups and no point-in-time restore",
                DB_INSTANCE);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.asLong(1) == 0;
    }
}
