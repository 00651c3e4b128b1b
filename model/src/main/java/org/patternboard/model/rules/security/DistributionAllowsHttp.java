package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-010: CloudFront allows HTTP. */
public final class DistributionAllowsHttp extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-010", Pillar.SECURITY, Severity.ERROR)
            .title("CloudFront serves plain HTTP")
            .rationale("With allow-all, a viewer that follows an http:// link talks to the edge unencrypted, exposing requests, responses and session cookies to anyone on the network path.")
            .remedy("Set the viewer protocol policy to redirect-to-https (or https-only).")
            .references("SEC 2", "checkov:CKV_AWS_34")
            .quickFix()
            .build();

    public DistributionAllowsHttp() {
        super(INFO, "viewerProtocolPolicy", "redirect-to-https",
                "viewers can use plain HTTP, so traffic and cookies travel unencrypted",
                DISTRIBUTION);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("allow-all");
    }
}
