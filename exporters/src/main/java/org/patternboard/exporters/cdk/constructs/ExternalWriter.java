package org.patternboard.exporters.cdk.constructs;

import java.util.List;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Components that deploy nothing: callers outside the system, third-party HTTP endpoints, and API-only AWS
 * services (Polly, Translate, Comprehend, Rekognition), which become permissions of their callers.
 */
final class ExternalWriter implements ConstructWriter {
    static final String CLIENT = "external.client";
    static final String HTTP_ENDPOINT = "external.httpEndpoint";

    @Override
    public List<String> types() {
        return List.of(CLIENT, HTTP_ENDPOINT, "aws.polly.service", "aws.translate.service", "aws.comprehend.service",
                "aws.rekognition.service");
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        ctx.declareNothing(c, switch (c.type()) {
            case CLIENT -> "a caller outside the stack, nothing to deploy";
            case HTTP_ENDPOINT -> "an endpoint outside the stack at " + url(c, ctx);
            default -> "an API-only service: its callers get permissions";
        });
    }

    /** The endpoint's URL, or a placeholder for a design that has none yet. */
    static String url(Component c, StackContext ctx) {
        String url = ctx.props(c).string("url", "");
        return url.startsWith("http://") || url.startsWith("https://") ? url : "https://example.com";
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        if (CLIENT.equals(ctx.component(conn.from()).type()) && conn.kind() == ConnectionKind.INVOKES) {
            ctx.comment("the client calls it from outside the stack; nothing to deploy");
            return true;
        }
        return false;
    }

    @Override
    public boolean wireTo(Connection conn, StackContext ctx) {
        Component from = ctx.component(conn.from());
        Component to = ctx.component(conn.to());
        if (HTTP_ENDPOINT.equals(to.type()) && conn.kind() == ConnectionKind.INVOKES) {
            if ("aws.lambda.function".equals(from.type()) && ctx.hasVariable(from.id())) {
                ctx.statement("$N.addEnvironment($S, $S)", ctx.var(from),
                        EnvironmentNames.snake(ctx.constructId(to)) + "_URL", url(to, ctx));
            } else {
                ctx.comment("an outbound HTTPS call; no AWS resource or permission is needed");
            }
            return true;
        }
        return false;
    }
}
