package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * AppSync GraphQL APIs: the schema (the design's, or one generated with a field per resolver) in
 * {@code graphql/}, the authorization mode, X-Ray and field logs, and a data source plus resolver per
 * {@code integrates} connection (Lambda, DynamoDB, EventBridge, Aurora, HTTP).
 */
final class AppSyncConstructWriter implements ConstructWriter {
    static final String TYPE = "aws.appsync.graphqlApi";
    static final ClassName GRAPHQL_API = Cdk.of("appsync", "GraphqlApi");
    static final ClassName DEFINITION = Cdk.of("appsync", "Definition");
    static final ClassName SCHEMA_FILE = Cdk.of("appsync", "SchemaFile");
    static final ClassName AUTHORIZATION_CONFIG = Cdk.of("appsync", "AuthorizationConfig");
    static final ClassName AUTHORIZATION_MODE = Cdk.of("appsync", "AuthorizationMode");
    static final ClassName AUTHORIZATION_TYPE = Cdk.of("appsync", "AuthorizationType");
    static final ClassName API_KEY_CONFIG = Cdk.of("appsync", "ApiKeyConfig");
    static final ClassName USER_POOL_CONFIG = Cdk.of("appsync", "UserPoolConfig");
    static final ClassName LAMBDA_AUTHORIZER_CONFIG = Cdk.of("appsync", "LambdaAuthorizerConfig");
    static final ClassName OPEN_ID_CONFIG = Cdk.of("appsync", "OpenIdConnectConfig");
    static final ClassName LOG_CONFIG = Cdk.of("appsync", "LogConfig");
    static final ClassName FIELD_LOG_LEVEL = Cdk.of("appsync", "FieldLogLevel");
    static final ClassName EXPIRATION = Cdk.core("Expiration");
    static final ClassName RESOLVER_PROPS = Cdk.of("appsync", "BaseResolverProps");
    static final ClassName MAPPING_TEMPLATE = Cdk.of("appsync", "MappingTemplate");

    @Override
    public List<String> types() {
        return List.of(TYPE);
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>();
        ctx.incoming(c, ConnectionKind.AUTHORIZES).forEach(a -> pre.add(a.from()));
        return pre;
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        String folder = "graphql/" + Assets.kebab(ctx.constructId(c)) + ".graphql";
        ctx.file(folder, schema(c, ctx, p));
        Call api = Call.construct(GRAPHQL_API, ctx.constructId(c))
                .string("name", ctx.constructId(c))
                .set("definition", "$T.fromSchema($T.fromAsset($L))", DEFINITION, SCHEMA_FILE, ctx.projectPath(folder))
                .set("authorizationConfig", Call.struct(AUTHORIZATION_CONFIG).set("defaultAuthorization", authorization(c, ctx, p)).build());
        Map<String, Object> key = new LinkedHashMap<>();
        MappedSetters.apply(c, ctx, api, "AWS::AppSync::GraphQLApi", key, "xrayEnabled");
        String level = p.string("logLevel", "NONE");
        if (!"NONE".equals(level)) {
            api.set("logConfig", Call.struct(LOG_CONFIG).set("fieldLogLevel", Cdk.constant(FIELD_LOG_LEVEL, level))
                    .set("retention", Retention.of("30")).build());
        }
        MappedSetters.apply(c, ctx, api, "AWS::AppSync::GraphQLApi", key, "visibility", "introspection", "queryDepthLimit");
        ctx.declare(c, GRAPHQL_API, api.build());
        ctx.expect(c, "AWS::AppSync::GraphQLApi", key);
    }

    private static CodeBlock authorization(Component api, StackContext ctx, Props p) {
        String type = p.string("authenticationType", "API_KEY");
        for (Connection a : ctx.incoming(api, ConnectionKind.AUTHORIZES)) {
            Component from = ctx.component(a.from());
            if (!ctx.hasVariable(from.id())) {
                continue;
            }
            ctx.handled(a);
            if ("aws.cognito.userPool".equals(from.type())) {
                return Call.struct(AUTHORIZATION_MODE).set("authorizationType", "$T.USER_POOL", AUTHORIZATION_TYPE)
                        .set("userPoolConfig", Call.struct(USER_POOL_CONFIG).set("userPool", ctx.ref(from)).build()).build();
            }
            return Call.struct(AUTHORIZATION_MODE).set("authorizationType", "$T.LAMBDA", AUTHORIZATION_TYPE)
                    .set("lambdaAuthorizerConfig", Call.struct(LAMBDA_AUTHORIZER_CONFIG).set("handler", ctx.ref(from))
                            .set("resultsCacheTtl", Cdk.seconds(ctx.props(a).integer("resultTtl", 300))).build()).build();
        }
        return switch (type) {
            case "AWS_IAM" -> Call.struct(AUTHORIZATION_MODE).set("authorizationType", "$T.IAM", AUTHORIZATION_TYPE).build();
            case "OPENID_CONNECT" -> Call.struct(AUTHORIZATION_MODE).set("authorizationType", "$T.OIDC", AUTHORIZATION_TYPE)
                    .set("openIdConnectConfig", Call.struct(OPEN_ID_CONFIG).string("oidcProvider", "https://example.com").build()).build();
            default -> Call.struct(AUTHORIZATION_MODE).set("authorizationType", "$T.API_KEY", AUTHORIZATION_TYPE)
                    .set("apiKeyConfig", Call.struct(API_KEY_CONFIG)
                            .set("expires", "$T.after($L)", EXPIRATION, Cdk.days(keyDays(p, ctx))).build()).build();
        };
    }

    /** The design's schema, or a schema with one String field per resolver the connections ask for. */
    private static String schema(Component c, StackContext ctx, Props p) {
        String own = p.string("schema", "");
        if (!own.isBlank()) {
            return own.endsWith("\n") ? own : own + "\n";
        }
        Map<String, Set<String>> fields = new TreeMap<>();
        fields.put("Query", new TreeSet<>(Set.of("ping")));
        Map<String, String[]> names = ctx.shared("graphqlFields:" + c.id(), java.util.HashMap::new);
        for (Connection i : ctx.outgoing(c, ConnectionKind.INTEGRATES)) {
            String[] tf = resolverName(i, ctx);
            Set<String> taken = fields.computeIfAbsent(tf[0], k -> new TreeSet<>());
            String field = tf[1];
            for (int n = 2; !taken.add(field); n++) {
                field = tf[1] + n;
            }
            names.put(i.id(), new String[] {tf[0], field});
        }
        StringBuilder s = new StringBuilder("# Generated by Patternboard: one field per resolver of the design.\n");
        s.append("schema {\n  query: Query\n").append(fields.containsKey("Mutation") ? "  mutation: Mutation\n" : "")
                .append(fields.containsKey("Subscription") ? "  subscription: Subscription\n" : "").append("}\n");
        fields.forEach((type, fieldNames) -> {
            s.append("\ntype ").append(type).append(" {\n");
            fieldNames.forEach(n -> s.append("  ").append(n).append(": String\n"));
            s.append("}\n");
        });
        return s.toString();
    }

    /** {typeName, fieldName} of a resolver connection, as GraphQL names. */
    private static String[] resolverName(Connection i, StackContext ctx) {
        Props p = ctx.props(i);
        String type = p.string("typeName", "Query").replaceAll("[^A-Za-z0-9_]", "");
        if (type.isEmpty() || Character.isDigit(type.charAt(0))) {
            type = "Query";
        }
        String field = p.string("fieldName", "");
        if (field.isBlank()) {
            String id = ctx.constructId(i.to());
            field = Character.toLowerCase(id.charAt(0)) + id.substring(1);
        }
        field = field.replaceAll("[^A-Za-z0-9_]", "");
        if (field.isEmpty() || Character.isDigit(field.charAt(0))) {
            field = "f" + field;
        }
        return new String[] {type, field};
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        Component api = ctx.component(conn.from());
        Component target = ctx.component(conn.to());
        if (conn.kind() != ConnectionKind.INTEGRATES) {
            return false;
        }
        boolean external = ExternalWriter.HTTP_ENDPOINT.equals(target.type());
        if (!external && !ctx.hasVariable(target.id())) {
            return false;
        }
        String[] tf = ctx.<Map<String, String[]>>shared("graphqlFields:" + api.id(), java.util.HashMap::new)
                .getOrDefault(conn.id(), resolverName(conn, ctx));
        String id = ctx.constructId(target) + conn.id().replaceAll("[^A-Za-z0-9]", "") + "Source";
        String v = ctx.var(target);
        CodeBlock source;
        CodeBlock request = null;
        CodeBlock response = null;
        switch (target.type()) {
            case "aws.lambda.function" -> source = CodeBlock.of("$N.addLambdaDataSource($S, $N)", ctx.var(api), id, v);
            case "aws.dynamodb.table" -> {
                source = CodeBlock.of("$N.addDynamoDbDataSource($S, $N)", ctx.var(api), id, v);
                request = CodeBlock.of("$T.dynamoDbScanTable()", MAPPING_TEMPLATE);
                response = CodeBlock.of("$T.dynamoDbResultList()", MAPPING_TEMPLATE);
            }
            case "aws.events.eventBus" -> {
                source = CodeBlock.of("$N.addEventBridgeDataSource($S, $N)", ctx.var(api), id, v);
                request = CodeBlock.of("$T.fromString($S)", MAPPING_TEMPLATE,
                        "{\"version\": \"2018-05-29\", \"operation\": \"PutEvents\", \"events\": [{\"source\": \"appsync\", \"detailType\": \"request\", \"detail\": $util.toJson($ctx.args)}]}");
                response = CodeBlock.of("$T.fromString($S)", MAPPING_TEMPLATE, "$util.toJson($ctx.result)");
            }
            case "aws.rds.dbCluster" -> {
                source = CodeBlock.of("$N.addRdsDataSourceV2($S, $N, $N.getSecret())", ctx.var(api), id, v, v);
                request = CodeBlock.of("$T.fromString($S)", MAPPING_TEMPLATE,
                        "{\"version\": \"2018-05-29\", \"statements\": [\"select 1\"]}");
                response = CodeBlock.of("$T.fromString($S)", MAPPING_TEMPLATE, "$utils.toJson($utils.rds.toJsonObject($ctx.result)[0])");
            }
            case ExternalWriter.HTTP_ENDPOINT -> {
                source = CodeBlock.of("$N.addHttpDataSource($S, $S)", ctx.var(api), id, ExternalWriter.url(target, ctx));
                request = CodeBlock.of("$T.fromString($S)", MAPPING_TEMPLATE,
                        "{\"version\": \"2018-05-29\", \"method\": \"GET\", \"resourcePath\": \"/\"}");
                response = CodeBlock.of("$T.fromString($S)", MAPPING_TEMPLATE, "$util.toJson($ctx.result.body)");
            }
            default -> {
                return false;
            }
        }
        if ("aws.rds.dbCluster".equals(target.type()) && !ctx.props(target).bool("dataApi", false)) {
            ctx.comment("an RDS data source needs the cluster's Data API (set dataApi on the cluster)");
        }
        Call resolver = Call.struct(RESOLVER_PROPS).string("typeName", tf[0]).string("fieldName", tf[1]);
        if (request != null) {
            resolver.set("requestMappingTemplate", request).set("responseMappingTemplate", response);
        }
        ctx.statement("$L.createResolver($S, $L)", source, ctx.constructId(target) + tf[0] + tf[1] + "Resolver", resolver.build());
        return true;
    }

    /**
     * The API key's lifetime. The CDK checks the expiry against the clock a moment after computing it, so one day
     * always fails its 1-day minimum; two days is the shortest it takes.
     */
    private static long keyDays(Props p, StackContext ctx) {
        long days = p.integer("apiKeyExpiryDays", 7);
        if (days < 2) {
            ctx.comment("API key lifetime raised from " + days + " to 2 days: the CDK rejects expiries of one day");
            return 2;
        }
        return days;
    }
}
