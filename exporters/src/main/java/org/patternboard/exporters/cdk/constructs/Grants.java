package org.patternboard.exporters.cdk.constructs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConnectionWriter;
import org.patternboard.exporters.cdk.stack.Literals;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Data-access connections as grants, from {@code patternboard/cdk/grants.json}: {@code table.grantReadWriteData(fn)},
 * {@code queue.grantSendMessages(fn)}, or an explicit statement where the target's construct has no grant
 * method. A function also gets an environment variable naming what it was granted ({@code ORDERS_TABLE_NAME}).
 */
final class Grants implements ConnectionWriter {
    static final ClassName GRANT = Cdk.of("iam", "Grant");
    static final ClassName GRANT_ON_PRINCIPAL = Cdk.of("iam", "GrantOnPrincipalOptions");
    private static final JsonNode TABLE = load();

    @Override
    public boolean wire(Connection conn, StackContext ctx) {
        return grant(conn, ctx);
    }

    static boolean grant(Connection conn, StackContext ctx) {
        Component from = ctx.component(conn.from());
        Component to = ctx.component(conn.to());
        CodeBlock grantee = grantee(from, ctx);
        if (grantee == null) {
            return false;
        }
        String kind = conn.kind().id();
        JsonNode method = TABLE.path("methods").path(to.type()).path(kind);
        if (method.isTextual() && ctx.hasVariable(to.id())) {
            String prefix = "aws.s3.bucket".equals(to.type()) ? ctx.props(conn).string("prefix", "") : "";
            if (!prefix.isEmpty()) {
                ctx.statement("$N.$N($L, $S)", ctx.var(to), method.asText(), grantee, prefix + "*");
            } else {
                ctx.statement("$N.$N($L)", ctx.var(to), method.asText(), grantee);
            }
            environment(from, to, ctx);
            return true;
        }
        JsonNode statement = TABLE.path("statements").path(to.type()).path(kind);
        if (statement.isObject()) {
            List<String> actions = new ArrayList<>();
            statement.path("actions").forEach(a -> actions.add(a.asText()));
            if (conn.kind() == ConnectionKind.USES) {
                List<String> wanted = ctx.props(conn).strings("actions");
                String service = actions.get(0).substring(0, actions.get(0).indexOf(':') + 1);
                // a connection may narrow the actions, never reach another service or use wildcards
                List<String> own = wanted.stream().filter(a -> a.startsWith(service) && a.matches("[a-z0-9-]+:[A-Za-z0-9]+")).toList();
                if (!own.isEmpty()) {
                    actions.clear();
                    actions.addAll(own);
                }
            }
            boolean arn = "arn".equals(statement.path("resource").asText());
            if (arn && !ctx.hasVariable(to.id())) {
                return false;
            }
            CodeBlock resources = arn ? CodeBlock.of("$T.of($N.getAttrArn())", List.class, ctx.var(to))
                    : CodeBlock.of("$T.of($S)", List.class, "*");
            ctx.statement("$T.addToPrincipal($L)", GRANT, Call.struct(GRANT_ON_PRINCIPAL)
                    .set("grantee", grantee)
                    .set("actions", Literals.strings(actions))
                    .set("resourceArns", resources)
                    .build());
            environment(from, to, ctx);
            return true;
        }
        return false;
    }

    /** What to pass as the grantee of a component that has a role, or null. */
    static CodeBlock grantee(Component c, StackContext ctx) {
        if (!ctx.hasVariable(c.id())) {
            return null;
        }
        return switch (c.type()) {
            case "aws.lambda.function", "aws.stepfunctions.stateMachine" -> ctx.ref(c);
            case "aws.ecs.fargateService" -> CodeBlock.of("$N.getTaskDefinition().getTaskRole()", ctx.var(c));
            case "aws.ecs.fargateTask" -> CodeBlock.of("$N.getTaskRole()", ctx.var(c));
            default -> null;
        };
    }

    /** {@code fn.addEnvironment("ORDERS_TABLE_NAME", orders.getTableName())}, once per function and target. */
    static void environment(Component from, Component to, StackContext ctx) {
        if (!"aws.lambda.function".equals(from.type()) || !ctx.hasVariable(to.id())) {
            return;
        }
        JsonNode env = TABLE.path("environment").path(to.type());
        if (!env.isObject()) {
            return;
        }
        boolean[] done = ctx.shared("env:" + from.id() + ">" + to.id(), () -> new boolean[1]);
        if (done[0]) {
            return;
        }
        done[0] = true;
        env.fields().forEachRemaining(e -> ctx.statement("$N.addEnvironment($S, $N.$N())", ctx.var(from),
                EnvironmentNames.snake(ctx.constructId(to)) + "_" + e.getKey(), ctx.var(to), e.getValue().asText()));
    }

    private static JsonNode load() {
        String resource = "patternboard/cdk/grants.json";
        try (InputStream in = Grants.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
