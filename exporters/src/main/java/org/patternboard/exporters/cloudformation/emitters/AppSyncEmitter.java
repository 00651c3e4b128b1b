package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * AppSync GraphQL APIs: a data source and a JavaScript resolver per integration (Lambda, DynamoDB,
 * EventBridge, Aurora through the Data API, HTTP), a schema (the design's, or generated with one field per
 * resolver), authentication (API key, IAM, user pool, Lambda authorizer), tracing and logging.
 */
final class AppSyncEmitter implements Emitter {
    static final String API = "aws.appsync.graphqlApi";

    @Override
    public List<String> types() {
        return List.of(API);
    }

    private static String name(String raw, String fallback) {
        String s = raw == null ? "" : raw.replaceAll("[^A-Za-z0-9_]", "_");
        if (s.isEmpty() || !Character.isLetter(s.charAt(0)) && s.charAt(0) != '_') {
            s = fallback + s;
        }
        return s.length() > 64 ? s.substring(0, 64) : s;
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        String id = ctx.id(c);
        Resource api = ctx.add(c, "AWS::AppSync::GraphQLApi");
        // API names need not be unique; the logical id keeps them within every length limit
        api.put("Name", id);
        String primary = p.string("authenticationType");
        List<Object> additional = new ArrayList<>();
        for (Connection a : ctx.incoming(c, ConnectionKind.AUTHORIZES)) {
            Component source = ctx.component(a.from());
            boolean pool = CognitoEmitter.USER_POOL.equals(source.type());
            String type = pool ? "AMAZON_COGNITO_USER_POOLS" : "AWS_LAMBDA";
            Map<String, Object> config = pool
                    ? Fn.map("UserPoolConfig", Fn.map("UserPoolId", Fn.ref(ctx.id(source)), "AwsRegion", Fn.region()))
                    : Fn.map("LambdaAuthorizerConfig", Fn.map("AuthorizerUri", Fn.getAtt(ctx.id(source), "Arn"),
                            "AuthorizerResultTtlInSeconds", ctx.props(a).integer("resultTtl")));
            if (type.equals(primary) && !api.properties().containsKey("AuthenticationType")) {
                api.put("AuthenticationType", type);
                if (pool) {
                    api.put("UserPoolConfig", Fn.map("UserPoolId", Fn.ref(ctx.id(source)), "AwsRegion", Fn.region(),
                            "DefaultAction", "ALLOW"));
                } else {
                    api.put("LambdaAuthorizerConfig", config.get("LambdaAuthorizerConfig"));
                }
            } else if (additional.stream().noneMatch(x -> type.equals(((Map<?, ?>) x).get("AuthenticationType")))) {
                Map<String, Object> provider = Fn.map("AuthenticationType", type);
                provider.putAll(config);
                additional.add(provider);
            }
        }
        if (!api.properties().containsKey("AuthenticationType")) {
            // a user pool or Lambda authorizer needs its connection; without one fall back to API keys
            boolean needsSource = "AMAZON_COGNITO_USER_POOLS".equals(primary) || "AWS_LAMBDA".equals(primary)
                    || "OPENID_CONNECT".equals(primary);
            api.put("AuthenticationType", needsSource ? "API_KEY" : primary);
        }
        if (!additional.isEmpty()) {
            api.put("AdditionalAuthenticationProviders", additional);
        }
        MappedProperties.emit(c, api, p, ctx, "xrayEnabled", "visibility", "introspection", "queryDepthLimit");
        String level = p.string("logLevel");
        if (!"NONE".equals(level)) {
            String owner = c.id() + "\u0000logs";
            ctx.iam().createRole(owner, ctx.derivedId(c, "LogsRole"), () -> ctx.derivedId(c, "LogsPolicy"),
                    "appsync.amazonaws.com").metadata(ExportContext.META_COMPONENT, c.id());
            ctx.iam().allowOwn(owner, "WriteApiLogs", ctx.grants().baseline("serviceLogs"),
                    List.of(Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:/aws/appsync/apis/*")));
            api.put("LogConfig", Fn.map("CloudWatchLogsRoleArn", Fn.getAtt(ctx.iam().roleId(owner), "Arn"),
                    "FieldLogLevel", level));
            Resource logGroup = ctx.add(c, "LogGroup", "AWS::Logs::LogGroup").retention("Delete");
            logGroup.put("LogGroupName", Fn.sub("/aws/appsync/apis/${" + id + ".ApiId}"));
            logGroup.put("RetentionInDays", 30L);
        }
        boolean apiKey = "API_KEY".equals(api.get("AuthenticationType"))
                || additional.stream().anyMatch(x -> "API_KEY".equals(((Map<?, ?>) x).get("AuthenticationType")));
        if (apiKey) {
            Resource key = ctx.add(c, "ApiKey", "AWS::AppSync::ApiKey");
            key.put("ApiId", Fn.getAtt(id, "ApiId"));
            key.put("Description", "API key of " + id);
        }
        resolvers(c, ctx, p);
        ctx.output(c, "Url", Fn.getAtt(id, "GraphQLUrl"), "GraphQL URL");
    }

    private static void resolvers(Component c, ExportContext ctx, Props p) {
        String id = ctx.id(c);
        Map<String, List<String>> fields = new LinkedHashMap<>();
        List<Resource> resolvers = new ArrayList<>();
        Map<String, String> dataSources = new LinkedHashMap<>();
        for (Connection conn : ctx.outgoing(c, ConnectionKind.INTEGRATES)) {
            Component target = ctx.component(conn.to());
            String ds = dataSources.computeIfAbsent(target.id(), k -> dataSource(c, conn, target, ctx));
            Props cp = ctx.props(conn);
            String type = name(cp.string("typeName"), "T");
            String field = name(cp.string("fieldName") != null ? cp.string("fieldName")
                    : Character.toLowerCase(ctx.id(target).charAt(0)) + ctx.id(target).substring(1), "f");
            List<String> list = fields.computeIfAbsent(type, k -> new ArrayList<>());
            String unique = field;
            for (int n = 2; list.contains(unique); n++) {
                unique = field + n;
            }
            list.add(unique);
            Resource r = ctx.add(conn, "Resolver", "AWS::AppSync::Resolver");
            r.put("ApiId", Fn.getAtt(id, "ApiId"));
            r.put("TypeName", type);
            r.put("FieldName", unique);
            r.put("DataSourceName", Fn.getAtt(ds, "Name"));
            r.put("Kind", "UNIT");
            r.put("Runtime", Fn.map("Name", "APPSYNC_JS", "RuntimeVersion", "1.0.0"));
            r.put("Code", code(target, ctx));
            resolvers.add(r);
        }
        Resource schema = ctx.add(c, "Schema", "AWS::AppSync::GraphQLSchema");
        schema.put("ApiId", Fn.getAtt(id, "ApiId"));
        String given = p.string("schema");
        schema.put("Definition", given != null && !given.isBlank() ? given : schema(fields));
        // a resolver needs its field in the schema, which it does not reference
        resolvers.forEach(r -> r.dependsOn(schema.logicalId()));
    }

    /** A schema with one AWSJSON field per resolver, and a Query type even when nothing reads. */
    static String schema(Map<String, List<String>> fields) {
        Map<String, List<String>> types = new LinkedHashMap<>();
        types.put("Query", new ArrayList<>());
        fields.forEach((t, f) -> types.computeIfAbsent(t, k -> new ArrayList<>()).addAll(f));
        if (types.get("Query").isEmpty()) {
            types.get("Query").add("status");
        }
        StringBuilder sdl = new StringBuilder("schema {\n  query: Query\n");
        if (types.containsKey("Mutation")) {
            sdl.append("  mutation: Mutation\n");
        }
        if (types.containsKey("Subscription")) {
            sdl.append("  subscription: Subscription\n");
        }
        sdl.append("}\n");
        types.forEach((t, f) -> {
            sdl.append("\ntype ").append(t).append(" {\n");
            f.forEach(field -> sdl.append("  ").append(field).append(": AWSJSON\n"));
            sdl.append("}\n");
        });
        return sdl.toString();
    }

    private static String dataSource(Component api, Connection conn, Component target, ExportContext ctx) {
        Resource ds = ctx.add(conn, "DataSource", "AWS::AppSync::DataSource");
        ds.put("ApiId", Fn.getAtt(ctx.id(api), "ApiId"));
        ds.put("Name", ds.logicalId());
        String id = ctx.id(target);
        switch (target.type()) {
            case LambdaEmitter.FUNCTION -> {
                ds.put("Type", "AWS_LAMBDA");
                ds.put("ServiceRoleArn", ctx.roleArn(api));
                ds.put("LambdaConfig", Fn.map("LambdaFunctionArn", Fn.getAtt(id, "Arn")));
            }
            case DynamoDbEmitter.TABLE -> {
                ds.put("Type", "AMAZON_DYNAMODB");
                ds.put("ServiceRoleArn", ctx.roleArn(api));
                ds.put("DynamoDBConfig", Fn.map("TableName", Fn.ref(id), "AwsRegion", Fn.region()));
            }
            case EventsEmitter.BUS -> {
                ds.put("Type", "AMAZON_EVENTBRIDGE");
                ds.put("ServiceRoleArn", ctx.roleArn(api));
                ds.put("EventBridgeConfig", Fn.map("EventBusArn", ctx.reference(target, "arn")));
            }
            case RdsEmitter.CLUSTER -> {
                ds.put("Type", "RELATIONAL_DATABASE");
                ds.put("ServiceRoleArn", ctx.roleArn(api));
                ds.put("RelationalDatabaseConfig", Fn.map("RelationalDatabaseSourceType", "RDS_HTTP_ENDPOINT",
                        "RdsHttpEndpointConfig", Fn.map("AwsRegion", Fn.region(),
                                "DbClusterIdentifier", Fn.getAtt(id, "DBClusterArn"),
                                "AwsSecretStoreArn", ctx.reference(target, "credentials"))));
            }
            default -> {
                ds.put("Type", "HTTP");
                Object url = ctx.reference(target, "url");
                ds.put("HttpConfig", Fn.map("Endpoint", url instanceof String s ? origin(s) : url));
            }
        }
        return ds.logicalId();
    }

    /** AppSync HTTP data sources take the scheme and host only. */
    private static String origin(String url) {
        int scheme = url.indexOf("://");
        int slash = scheme < 0 ? -1 : url.indexOf('/', scheme + 3);
        return slash < 0 ? url : url.substring(0, slash);
    }

    private static String code(Component target, ExportContext ctx) {
        String request = switch (target.type()) {
            case LambdaEmitter.FUNCTION -> "return { operation: 'Invoke', payload: { field: ctx.info.fieldName, arguments: ctx.args } };";
            case DynamoDbEmitter.TABLE -> "return { operation: 'Scan', limit: 20 };";
            case EventsEmitter.BUS ->
                    "return { operation: 'PutEvents', events: [{ source: 'patternboard.appsync', detailType: 'GraphQL', detail: ctx.args }] };";
            case RdsEmitter.CLUSTER -> "return { statements: ['select 1'] };";
            default -> "return { method: 'GET', resourcePath: '/' };";
        };
        return "// Generated by Patternboard: a resolver stub to replace with your logic.\n"
                + "export function request(ctx) {\n  " + request + "\n}\n\n"
                + "export function response(ctx) {\n  return JSON.stringify(ctx.result);\n}\n";
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (form) {
            case "arn", "wafArn" -> Fn.getAtt(id, "Arn");
            case "apiId" -> Fn.getAtt(id, "ApiId");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("URL", Fn.getAtt(ctx.id(c), "GraphQLUrl"));
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.INTEGRATES;
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.AUTHORIZES;
    }
}
