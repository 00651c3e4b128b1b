package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-031: ECR scan on push off. */
public final class RepositoryScanOnPushOff extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-031", Pillar.SECURITY, Severity.INFO)
            .title("Container repository does not scan images")
            .rationale("Scanning on push reports known vulnerabilities in an image's operating system and language packages before it is deployed.")
            .remedy("Turn on scan on push (or enhanced scanning with Amazon Inspector).")
            .references("SEC 3")
            .quickFix()
            .build();

    public RepositoryScanOnPushOff() {
        super(INFO, "scanOnPush", true,
                "images are not checked for known vulnerabilities when pushed",
                ECR);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return !value.isTrue();
    }
}
