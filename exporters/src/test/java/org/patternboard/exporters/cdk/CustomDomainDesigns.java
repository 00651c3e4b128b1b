package org.patternboard.exporters.cdk;

import java.util.List;
import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/** REST, HTTP and WebSocket APIs with certificates for custom domains, one of them claimed twice. */
final class CustomDomainDesigns {
    private CustomDomainDesigns() {
    }

    static Architecture design() {
        return Architecture.of("Custom domains", "",
                List.of(component("rest", "aws.apigateway.restApi", "Shop API", Map.of()),
                        component("http", "aws.apigatewayv2.httpApi", "Orders API", Map.of()),
                        component("ws", "aws.apigatewayv2.webSocketApi", "Live API", Map.of()),
                        component("http2", "aws.apigatewayv2.httpApi", "Other API", Map.of()),
                        component("fn", "aws.lambda.function", "Handler", Map.of()),
                        component("cert-api", "aws.certificatemanager.certificate", "Api cert", Map.of("domainName", "api.example.org")),
                        component("cert-live", "aws.certificatemanager.certificate", "Live cert", Map.of("domainName", "live.example.org")),
                        component("cert-shop", "aws.certificatemanager.certificate", "Shop cert", Map.of("domainName", "shop.example.org")),
                        component("cert-wild", "aws.certificatemanager.certificate", "Wildcard cert", Map.of("domainName", "*.example.org"))),
                List.of(connection("c1", "http", "fn", ConnectionKind.INTEGRATES),
                        connection("c2", "ws", "fn", ConnectionKind.INTEGRATES),
                        connection("c3", "http2", "fn", ConnectionKind.INTEGRATES),
                        connection("c4", "http", "cert-api", ConnectionKind.USES),
                        connection("c5", "ws", "cert-live", ConnectionKind.USES),
                        // the same name again: only one API can have it
                        connection("c6", "http2", "cert-api", ConnectionKind.USES),
                        // a wildcard is not a domain name to serve
                        connection("c7", "http2", "cert-wild", ConnectionKind.USES),
                        connection("c8", "rest", "fn", ConnectionKind.INTEGRATES),
                        connection("c9", "rest", "cert-shop", ConnectionKind.USES),
                        // a second domain for an API that has one: neither export adds it
                        connection("c9b", "rest", "cert-live", ConnectionKind.USES)),
                List.of(), List.of(), List.of(), Map.of());
    }

    private static Component component(String id, String type, String name, Map<String, Object> properties) {
        return new Component(id, type, name, 0, 0, null, null, null, properties, Map.of());
    }

    private static Connection connection(String id, String from, String to, ConnectionKind kind) {
        return new Connection(id, from, to, kind, Map.of(), Map.of());
    }
}
