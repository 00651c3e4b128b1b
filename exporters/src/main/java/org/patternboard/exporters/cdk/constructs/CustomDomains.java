package org.patternboard.exporters.cdk.constructs;

import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.exporters.cloudformation.core.DomainClaims;
import org.patternboard.model.design.Component;

/** The custom domains of the stack's APIs, planned by the same {@link DomainClaims} as the CloudFormation export. */
final class CustomDomains {
    private CustomDomains() {
    }

    static DomainClaims plan(StackContext ctx) {
        return ctx.shared("domain-claims", () -> DomainClaims.of(ctx.design(), ctx::props));
    }

    /** The domain name the API serves with the certificate, or null after a comment that says why it gets none. */
    static String claim(Component api, Component certificate, StackContext ctx) {
        String domain = plan(ctx).domain(api.id(), certificate.id()).orElse(null);
        if (domain != null && ctx.hasVariable(certificate.id())) {
            return domain;
        }
        String name = ctx.props(certificate).string("domainName");
        if (plan(ctx).hasDomain(api.id()) || name == null || name.isBlank() || name.startsWith("*")) {
            ctx.comment("a custom domain with this certificate: add a domain name for your API and map it to the stage");
        } else {
            ctx.comment(name + " fronts another API of this stack already");
        }
        return null;
    }
}
