package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-016: EFS unencrypted. */
public final class FileSystemUnencrypted extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-016", Pillar.SECURITY, Severity.ERROR)
            .title("EFS file system not encrypted")
            .rationale("EFS fixes encryption at rest when the file system is created; turning it on later means a new file system and a copy of all data.")
            .remedy("Create the file system encrypted.")
            .references("cdk-nag:AwsSolutions-EFS1", "checkov:CKV_AWS_42")
            .quickFix()
            .build();

    public FileSystemUnencrypted() {
        super(INFO, "encrypted", true,
                "files are stored unencrypted, and an existing file system cannot be encrypted in place",
                FILE_SYSTEM);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
