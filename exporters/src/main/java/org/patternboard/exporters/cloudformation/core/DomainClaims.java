package org.patternboard.exporters.cloudformation.core;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Which API gets which custom domain name. A host name can front one API only, so both exporters ask this one
 * plan instead of claiming names in the order they happen to write resources: certificates first (APIs in
 * design order, each API's first certificate with a plain domain name, not a wildcard), then the records of
 * hosted zones, each name to the first record that asks for it.
 */
public final class DomainClaims {
    static final Set<String> API_TYPES = Set.of("aws.apigateway.restApi", "aws.apigatewayv2.httpApi",
            "aws.apigatewayv2.webSocketApi");
    static final String CERTIFICATE = "aws.certificatemanager.certificate";

    private final Map<String, String> certificateByApi = new LinkedHashMap<>();
    private final Map<String, String> domainByApi = new LinkedHashMap<>();
    private final Set<Object> claimed = new HashSet<>();

    private DomainClaims() {
    }

    /** The plan for a design; {@code props} reads a component's properties with their defaults. */
    public static DomainClaims of(Architecture design, Function<Component, Props> props) {
        DomainClaims claims = new DomainClaims();
        for (Component api : design.components()) {
            if (!API_TYPES.contains(api.type())) {
                continue;
            }
            for (Connection use : design.outgoing(api.id())) {
                Component cert = design.component(use.to()).orElse(null);
                if (use.kind() != ConnectionKind.USES || cert == null || !CERTIFICATE.equals(cert.type())) {
                    continue;
                }
                String domain = props.apply(cert).string("domainName");
                if (domain != null && !domain.isBlank() && !domain.startsWith("*") && claims.claimed.add(domain)) {
                    claims.certificateByApi.put(api.id(), cert.id());
                    claims.domainByApi.put(api.id(), domain);
                    break;
                }
            }
        }
        return claims;
    }

    /** The domain name an API serves with this certificate, if the plan gives it that one. */
    public Optional<String> domain(String apiId, String certificateId) {
        return certificateId.equals(certificateByApi.get(apiId)) ? Optional.of(domainByApi.get(apiId)) : Optional.empty();
    }

    /** Whether the API has a domain name from one of its certificates. */
    public boolean hasDomain(String apiId) {
        return domainByApi.containsKey(apiId);
    }

    /**
     * Claims a name a hosted zone's record points at an API (a string, or an expression when the zone's name is a
     * parameter); false when a certificate or an earlier record has it already.
     */
    public boolean claimRecord(Object fqdn) {
        return claimed.add(fqdn);
    }
}
