package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.ALB;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-026: an internet-facing load balancer that listens on plain HTTP. */
public final class LoadBalancerPlainHttp extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-026", Pillar.SECURITY, Severity.WARNING)
            .title("Internet-facing load balancer listens on plain HTTP")
            .rationale("An HTTP listener carries requests, responses and cookies unencrypted across the internet; an"
                    + " HTTPS listener with an ACM certificate (and an HTTP listener that only redirects) does not.")
            .remedy("Listen on HTTPS with an ACM certificate and redirect HTTP to HTTPS.")
            .references("SEC 2", "cdk-nag:NIST.800.53.R5-ALBHttpToHttpsRedirection", "checkov:CKV_AWS_2")
            .build();

    public LoadBalancerPlainHttp() {
        super(INFO, ALB);
    }

    @Override
    protected void check(Component alb, RuleContext ctx, Findings out) {
        Setting protocol = ctx.setting(alb, "listenerProtocol");
        if (protocol.is("HTTP") && ctx.setting(alb, "scheme").is("internet-facing")) {
            out.report(protocol.describe() + " on an internet-facing load balancer: traffic travels unencrypted");
        }
    }
}
