package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.design.Component;

/**
 * An EventBridge API destination for an external HTTP endpoint (declared once per endpoint), so rules and
 * pipes can deliver to it. Its connection authenticates with an API key whose value is a placeholder kept in
 * Secrets Manager by EventBridge: set the real key after deploying.
 */
final class ApiDestinations {
    static final ClassName CONNECTION = Cdk.of("events", "Connection");
    static final ClassName AUTHORIZATION = Cdk.of("events", "Authorization");
    static final ClassName API_DESTINATION = Cdk.of("events", "ApiDestination");
    static final ClassName SECRET_VALUE = Cdk.core("SecretValue");
    static final ClassName HTTP_METHOD = Cdk.of("events", "HttpMethod");

    private ApiDestinations() {
    }

    /** The ApiDestination variable of the endpoint. */
    static String of(Component endpoint, StackContext ctx) {
        return ctx.shared("apiDestination:" + endpoint.id(), () -> {
            String base = ctx.constructId(endpoint);
            String connection = ctx.local(CONNECTION, ctx.var(endpoint) + "Connection",
                    Call.construct(CONNECTION, ctx.newConstructId(base + "Connection"))
                            .set("authorization", "$T.apiKey($S, $T.unsafePlainText($S))", AUTHORIZATION, "x-api-key", SECRET_VALUE,
                                    "replace-after-deploy")
                            .string("description", "Calls " + base)
                            .build());
            return ctx.local(API_DESTINATION, ctx.var(endpoint) + "Destination",
                    Call.construct(API_DESTINATION, ctx.newConstructId(base + "Destination"))
                            .set("connection", "$N", connection)
                            .string("endpoint", ExternalWriter.url(endpoint, ctx))
                            .set("httpMethod", "$T.POST", HTTP_METHOD)
                            .build());
        });
    }
}
