package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * External actors. A client exports nothing. An HTTP endpoint is a URL (a parameter when the design leaves
 * it unset); rules, pipes and state machines reach it through an EventBridge connection and API
 * destination, whose credentials are generated into a secret (replace them with the real ones).
 */
final class ExternalEmitter implements Emitter {
    static final String CLIENT = "external.client";
    static final String ENDPOINT = "external.httpEndpoint";

    @Override
    public List<String> types() {
        return List.of(CLIENT, ENDPOINT);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        // created on first use: the URL parameter, the connection and the API destination
    }

    static Object url(Component c, ExportContext ctx) {
        String url = ctx.props(c).string("url");
        if (url != null && url.matches("https?://[^\\s]+")) {
            return url;
        }
        return ctx.parameter(c, "Url", Fn.map("Type", "String", "AllowedPattern", "^https://.+",
                "Description", "URL of the external endpoint " + ctx.id(c) + "."));
    }

    private static String connection(Component c, ExportContext ctx) {
        return ctx.state("events-connection/" + c.id(), () -> {
            Props p = ctx.props(c);
            Resource secret = ctx.add(c, "Credentials", "AWS::SecretsManager::Secret").retention("Delete");
            secret.put("Description", "Credentials for the endpoint " + ctx.id(c) + " (generated; replace with the real ones)");
            ctx.nag().suppress(secret, "thirdPartyCredentials", c.name());
            secret.put("GenerateSecretString", Fn.map("SecretStringTemplate", "{\"username\":\"patternboard\"}",
                    "GenerateStringKey", "password", "PasswordLength", 32L, "ExcludePunctuation", true));
            Object password = Fn.sub("{{resolve:secretsmanager:${" + secret.logicalId() + "}:SecretString:password}}");
            Resource conn = ctx.add(c, "Connection", "AWS::Events::Connection");
            String auth = p.string("auth");
            switch (auth) {
                case "BASIC" -> {
                    conn.put("AuthorizationType", "BASIC");
                    conn.put("AuthParameters", Fn.map("BasicAuthParameters", Fn.map("Username", "patternboard", "Password", password)));
                }
                case "OAUTH_CLIENT_CREDENTIALS" -> {
                    conn.put("AuthorizationType", "OAUTH_CLIENT_CREDENTIALS");
                    conn.put("AuthParameters", Fn.map("OAuthParameters", Fn.map(
                            "AuthorizationEndpoint", Fn.concat(url(c, ctx), "/oauth2/token"),
                            "HttpMethod", "POST",
                            "ClientParameters", Fn.map("ClientID", "patternboard", "ClientSecret", password))));
                }
                default -> {
                    conn.put("AuthorizationType", "API_KEY");
                    conn.put("AuthParameters", Fn.map("ApiKeyAuthParameters", Fn.map("ApiKeyName", "x-api-key",
                            "ApiKeyValue", password)));
                }
            }
            return conn.logicalId();
        });
    }

    private static String apiDestination(Component c, ExportContext ctx) {
        return ctx.state("api-destination/" + c.id(), () -> {
            Resource d = ctx.add(c, "ApiDestination", "AWS::Events::ApiDestination");
            d.put("ConnectionArn", Fn.getAtt(connection(c, ctx), "Arn"));
            d.put("InvocationEndpoint", url(c, ctx));
            d.put("HttpMethod", "POST");
            d.put("InvocationRateLimitPerSecond", 10L);
            return d.logicalId();
        });
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return reference(c, form, null, ctx);
    }

    @Override
    public Object reference(Component c, String form, Connection via, ExportContext ctx) {
        if (!ENDPOINT.equals(c.type())) {
            return Emitter.super.reference(c, form, ctx);
        }
        return switch (form) {
            case "url" -> url(c, ctx);
            case "host" -> url(c, ctx) instanceof String s ? Support.host(s) : Fn.select(2, Fn.split("/", url(c, ctx)));
            case "originPath" -> null;
            case "connectionArn" -> Fn.getAtt(connection(c, ctx), "Arn");
            case "connectionSecretArn" -> Fn.getAtt(connection(c, ctx), "SecretArn");
            case "apiDestinationArn" -> Fn.getAtt(apiDestination(c, ctx), "Arn");
            case "stateMachineSelf" -> ctx.reference(ctx.component(via.from()), "arn");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return ENDPOINT.equals(c.type()) ? Map.of("URL", url(c, ctx)) : Map.of();
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        // a client calling something is outside AWS: nothing to deploy for it
        return CLIENT.equals(ctx.component(conn.from()).type()) && conn.kind() == ConnectionKind.INVOKES;
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        // callers find the URL in their environment (see Support.environment)
        return ENDPOINT.equals(ctx.component(conn.to()).type()) && conn.kind() == ConnectionKind.INVOKES;
    }
}
