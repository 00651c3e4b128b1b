package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-013: DynamoDB PITR off. */
public final class TablePointInTimeRecoveryOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-013", Pillar.RELIABILITY, Severity.WARNING)
            .title("DynamoDB table without point-in-time recovery")
            .rationale("Point-in-time recovery restores a table to any second of the last 35 days, which is the way back from a deployment that corrupts or deletes items.")
            .remedy("Turn on point-in-time recovery.")
            .references("cdk-nag:AwsSolutions-DDB3", "checkov:CKV_AWS_28")
            .quickFix()
            .build();

    public TablePointInTimeRecoveryOff() {
        super(INFO, "pointInTimeRecovery", true,
                "a bad write or delete cannot be undone",
                TABLE);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
