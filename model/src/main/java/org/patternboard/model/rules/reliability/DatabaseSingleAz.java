package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-012: a relational database that lives in one Availability Zone. */
public final class DatabaseSingleAz extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-012", Pillar.RELIABILITY, Severity.WARNING)
            .title("Database in a single Availability Zone")
            .rationale("A single-AZ database stops when its instance or its zone fails, and stays down until a new one"
                    + " is restored; Multi-AZ (or an Aurora replica) fails over in about a minute.")
            .remedy("Turn on Multi-AZ for RDS instances; give Aurora clusters at least two instances.")
            .references("cdk-nag:AwsSolutions-RDS3", "checkov:CKV_AWS_157", "WA:REL10-BP01")
            .quickFix()
            .build();

    public DatabaseSingleAz() {
        super(INFO, DB_INSTANCE, DB_CLUSTER);
    }

    @Override
    protected void check(Component db, RuleContext ctx, Findings out) {
        if (DB_INSTANCE.equals(db.type())) {
            Setting multiAz = ctx.setting(db, "multiAz");
            if (!multiAz.isTrue()) {
                out.report(multiAz.describe() + "; an instance or zone failure takes the database down",
                        ctx.setFix(db.id(), "multiAz", true));
            }
            return;
        }
        Setting instances = ctx.setting(db, "instances");
        if (instances.asLong(1) < 2) {
            out.report(instances.describe() + ": with a single instance there is no replica to fail over to",
                    ctx.setFix(db.id(), "instances", 2L));
        }
    }
}
