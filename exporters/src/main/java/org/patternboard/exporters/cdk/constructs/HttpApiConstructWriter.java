package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cdk.stack.Literals;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * API Gateway HTTP APIs and WebSocket APIs (apigatewayv2): CORS, the default authorizer, throttling and
 * access logs on the stage, and one route per {@code integrates} connection with the matching integration
 * construct ({@code HttpLambdaIntegration}, {@code HttpSqsIntegration}, {@code HttpStepFunctionsIntegration},
 * {@code HttpEventBridgeIntegration}, {@code HttpUrlIntegration}, {@code HttpAlbIntegration},
 * {@code WebSocketLambdaIntegration}, {@code WebSocketAwsIntegration}...).
 */
final class HttpApiConstructWriter implements ConstructWriter {
    static final String HTTP_TYPE = "aws.apigatewayv2.httpApi";
    static final String WS_TYPE = "aws.apigatewayv2.webSocketApi";
    static final ClassName HTTP_API = Cdk.of("apigatewayv2", "HttpApi");
    static final ClassName WEB_SOCKET_API = Cdk.of("apigatewayv2", "WebSocketApi");
    static final ClassName WEB_SOCKET_STAGE = Cdk.of("apigatewayv2", "WebSocketStage");
    static final ClassName CORS = Cdk.of("apigatewayv2", "CorsPreflightOptions");
    static final ClassName CORS_METHOD = Cdk.of("apigatewayv2", "CorsHttpMethod");
    static final ClassName HTTP_METHOD = Cdk.of("apigatewayv2", "HttpMethod");
    static final ClassName ADD_ROUTES = Cdk.of("apigatewayv2", "AddRoutesOptions");
    static final ClassName WS_ROUTE_OPTIONS = Cdk.of("apigatewayv2", "WebSocketRouteOptions");
    static final ClassName CFN_STAGE = Cdk.of("apigatewayv2", "CfnStage");
    static final ClassName CFN_INTEGRATION = Cdk.of("apigatewayv2", "CfnIntegration");
    static final ClassName CFN_ROUTE = Cdk.of("apigatewayv2", "CfnRoute");
    static final ClassName THROTTLE = Cdk.of("apigatewayv2", "ThrottleSettings");
    static final ClassName PARAMETER_MAPPING = Cdk.of("apigatewayv2", "ParameterMapping");
    static final ClassName MAPPING_VALUE = Cdk.of("apigatewayv2", "MappingValue");
    static final String INTEGRATIONS = Cdk.BASE + ".aws_apigatewayv2_integrations";
    static final String AUTHORIZERS = Cdk.BASE + ".aws_apigatewayv2_authorizers";

    @Override
    public List<String> types() {
        return List.of(HTTP_TYPE, WS_TYPE);
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
        if (WS_TYPE.equals(c.type())) {
            declareWebSocket(c, ctx, p);
            return;
        }
        Call api = Call.construct(HTTP_API, ctx.constructId(c));
        List<String> origins = p.strings("corsAllowOrigins");
        if (!origins.isEmpty()) {
            List<CodeBlock> methods = new ArrayList<>();
            for (String m : p.strings("corsAllowMethods").isEmpty() ? List.of("ANY") : p.strings("corsAllowMethods")) {
                String name = m.toUpperCase(java.util.Locale.ROOT);
                if (List.of("ANY", "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS").contains(name)) {
                    methods.add(Cdk.constant(CORS_METHOD, name));
                }
            }
            api.set("corsPreflight", Call.struct(CORS).set("allowOrigins", Literals.strings(origins))
                    .set("allowMethods", "$T.of($L)", List.class, CodeBlock.join(methods, ", ")).build());
        }
        CodeBlock authorizer = httpAuthorizer(c, ctx, p);
        if (authorizer != null) {
            api.set("defaultAuthorizer", authorizer);
        }
        if (p.bool("disableExecuteApiEndpoint", false)) {
            api.bool("disableExecuteApiEndpoint", true);
        }
        String stageName = p.string("stageName", "$default");
        if (!"$default".equals(stageName)) {
            api.bool("createDefaultStage", false);
        }
        ctx.declare(c, HTTP_API, api.build());
        ctx.expect(c, "AWS::ApiGatewayV2::Api", Map.of("ProtocolType", "HTTP"));
        CodeBlock stage;
        if ("$default".equals(stageName)) {
            stage = CodeBlock.of("(($T) $N.getDefaultStage().getNode().getDefaultChild())", CFN_STAGE, ctx.var(c));
            ctx.shared("stage:" + c.id(), () -> CodeBlock.of("$N.getDefaultStage()", ctx.var(c)));
        } else {
            String s = ctx.local(Cdk.of("apigatewayv2", "HttpStage"), ctx.var(c) + "Stage", CodeBlock.of("$N.addStage($S, $T.builder().stageName($S).autoDeploy(true).build())",
                    ctx.var(c), "Stage", Cdk.of("apigatewayv2", "HttpStageOptions"), stageName.replaceAll("[^A-Za-z0-9_-]", "_")));
            stage = CodeBlock.of("(($T) $N.getNode().getDefaultChild())", CFN_STAGE, s);
            ctx.shared("stage:" + c.id(), () -> CodeBlock.of("$N", s));
        }
        stageSettings(c, ctx, p, stage);
    }

    /** Throttling, detailed metrics and access logs of the stage (the L2 stage has no setting for them all). */
    private static void stageSettings(Component c, StackContext ctx, Props p, CodeBlock stage) {
        Call route = Call.struct(Cdk.nested("apigatewayv2", "CfnStage", "RouteSettingsProperty"));
        if (p.isExplicit("throttlingRateLimit")) {
            route.number("throttlingRateLimit", p.integer("throttlingRateLimit", 10000));
        }
        if (p.isExplicit("throttlingBurstLimit")) {
            route.number("throttlingBurstLimit", p.integer("throttlingBurstLimit", 5000));
        }
        if (p.bool("detailedMetrics", false)) {
            route.bool("detailedMetricsEnabled", true);
        }
        if (!route.isEmpty()) {
            ctx.statement("$L.setDefaultRouteSettings($L)", stage, route.build());
        }
        if (p.bool("accessLogging", false)) {
            String logs = ctx.local(ObservabilityConstructWriter.LOG_GROUP, ctx.var(c) + "AccessLogs",
                    Call.construct(ObservabilityConstructWriter.LOG_GROUP, ctx.newConstructId(ctx.constructId(c) + "AccessLogs"))
                            .set("retention", Retention.of("30")).build());
            ctx.statement("$L.setAccessLogSettings($L)", stage, Call.struct(Cdk.nested("apigatewayv2", "CfnStage", "AccessLogSettingsProperty"))
                    .set("destinationArn", "$N.getLogGroupArn()", logs)
                    .string("format", "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\",\"routeKey\":\"$context.routeKey\",\"status\":\"$context.status\",\"latency\":\"$context.responseLatency\"}")
                    .build());
        }
    }

    private static CodeBlock httpAuthorizer(Component api, StackContext ctx, Props p) {
        for (Connection a : ctx.incoming(api, ConnectionKind.AUTHORIZES)) {
            Component from = ctx.component(a.from());
            if (!ctx.hasVariable(from.id())) {
                continue;
            }
            ctx.handled(a);
            String id = ctx.constructId(api) + "Authorizer";
            if ("aws.cognito.userPool".equals(from.type())) {
                return CodeBlock.of("new $T($S, $N)", ClassName.get(AUTHORIZERS, "HttpUserPoolAuthorizer"), id, ctx.var(from));
            }
            Props ap = ctx.props(a);
            Call props = Call.struct(ClassName.get(AUTHORIZERS, "HttpLambdaAuthorizerProps"))
                    .set("identitySource", Literals.strings(List.of(ap.string("identitySource", "$request.header.Authorization"))));
            if (ap.isSet("resultTtl")) {
                props.set("resultsCacheTtl", Cdk.seconds(ap.integer("resultTtl", 0)));
            }
            return CodeBlock.of("new $T($S, $N, $L)", ClassName.get(AUTHORIZERS, "HttpLambdaAuthorizer"), id, ctx.var(from), props.build());
        }
        if ("IAM".equals(p.string("authorization", "NONE"))) {
            return CodeBlock.of("new $T()", ClassName.get(AUTHORIZERS, "HttpIamAuthorizer"));
        }
        return null;
    }

    private static void declareWebSocket(Component c, StackContext ctx, Props p) {
        Call api = Call.construct(WEB_SOCKET_API, ctx.constructId(c));
        if (p.isExplicit("routeSelectionExpression")) {
            api.string("routeSelectionExpression", p.string("routeSelectionExpression"));
        }
        Connection authorizes = ctx.incoming(c, ConnectionKind.AUTHORIZES).stream().filter(a -> ctx.hasVariable(a.from())).findFirst().orElse(null);
        ctx.declare(c, WEB_SOCKET_API, api.build());
        ctx.expect(c, "AWS::ApiGatewayV2::Api", Map.of("ProtocolType", "WEBSOCKET"));
        Call stage = Call.construct(WEB_SOCKET_STAGE, ctx.newConstructId(ctx.constructId(c) + "Stage"))
                .set("webSocketApi", ctx.ref(c))
                .string("stageName", p.string("stageName", "prod").replaceAll("[^A-Za-z0-9_-]", "_"))
                .bool("autoDeploy", true);
        if (p.isExplicit("throttlingRateLimit") || p.isExplicit("throttlingBurstLimit")) {
            stage.set("throttle", Call.struct(THROTTLE).number("rateLimit", p.integer("throttlingRateLimit", 10000))
                    .number("burstLimit", p.integer("throttlingBurstLimit", 5000)).build());
        }
        if (p.bool("detailedMetrics", false)) {
            stage.bool("detailedMetricsEnabled", true);
        }
        String stageVar = ctx.local(WEB_SOCKET_STAGE, ctx.var(c) + "Stage", stage.build());
        ctx.shared("stage:" + c.id(), () -> CodeBlock.of("$N", stageVar));
        if (p.bool("accessLogging", false)) {
            String logs = ctx.local(ObservabilityConstructWriter.LOG_GROUP, ctx.var(c) + "AccessLogs",
                    Call.construct(ObservabilityConstructWriter.LOG_GROUP, ctx.newConstructId(ctx.constructId(c) + "AccessLogs"))
                            .set("retention", Retention.of("30")).build());
            ctx.statement("(($T) $N.getNode().getDefaultChild()).setAccessLogSettings($L)", CFN_STAGE, stageVar,
                    Call.struct(Cdk.nested("apigatewayv2", "CfnStage", "AccessLogSettingsProperty"))
                            .set("destinationArn", "$N.getLogGroupArn()", logs)
                            .string("format", "{\"requestId\":\"$context.requestId\",\"routeKey\":\"$context.routeKey\",\"status\":\"$context.status\"}")
                            .build());
        }
        if (authorizes != null) {
            Component fn = ctx.component(authorizes.from());
            // a WebSocket authorizer guards the $connect route, which needs an integration of its own
            ctx.statement("$N.addRoute($S, $L)", ctx.var(c), "$connect", Call.struct(WS_ROUTE_OPTIONS)
                    .set("integration", "new $T($S, $N)", ClassName.get(INTEGRATIONS, "WebSocketLambdaIntegration"),
                            ctx.constructId(c) + "Connect", ctx.var(fn))
                    .set("authorizer", "new $T($S, $N)", ClassName.get(AUTHORIZERS, "WebSocketLambdaAuthorizer"),
                            ctx.constructId(c) + "Authorizer", ctx.var(fn))
                    .build());
            ctx.shared("routes:" + c.id(), HashSet::new).add("$connect");
            ctx.handled(authorizes);
        }
    }

    /** The API's custom domain, as in the CloudFormation export: a regional domain name mapped to the stage. */
    private static void customDomain(Component api, Component certificate, StackContext ctx) {
        String domain = CustomDomains.claim(api, certificate, ctx);
        if (domain == null) {
            return;
        }
        String base = ctx.constructId(api) + "CustomDomain";
        String name = ctx.local(Route53ConstructWriter.V2_DOMAIN, base, Call.construct(Route53ConstructWriter.V2_DOMAIN, ctx.newConstructId(base))
                .string("domainName", domain)
                .set("certificate", "$N", ctx.var(certificate)).build());
        ctx.statement(Call.construct(Cdk.of("apigatewayv2", "ApiMapping"), ctx.newConstructId(base + "Mapping"))
                .set("api", "$N", ctx.var(api))
                .set("domainName", "$N", name)
                .set("stage", stage(api, ctx)).buildStatement());
    }

    /** The stage of an HTTP or WebSocket API declared earlier, as an expression. */
    static CodeBlock stage(Component api, StackContext ctx) {
        return ctx.shared("stage:" + api.id(), () -> {
            throw new IllegalStateException("API " + api.id() + " has no stage yet");
        });
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        Component api = ctx.component(conn.from());
        Component target = ctx.component(conn.to());
        if (conn.kind() == ConnectionKind.USES && "aws.certificatemanager.certificate".equals(target.type())) {
            customDomain(api, target, ctx);
            return true;
        }
        if (conn.kind() != ConnectionKind.INTEGRATES) {
            return false;
        }
        boolean external = ExternalWriter.HTTP_ENDPOINT.equals(target.type());
        if (!external && !ctx.hasVariable(target.id())) {
            return false;
        }
        return WS_TYPE.equals(api.type()) ? webSocketRoute(api, conn, target, ctx) : httpRoute(api, conn, target, ctx);
    }

    private static boolean httpRoute(Component api, Connection conn, Component target, StackContext ctx) {
        Props p = ctx.props(conn);
        String id = ctx.constructId(api) + "To" + ctx.constructId(target) + conn.id().replaceAll("[^A-Za-z0-9]", "");
        boolean lambda = "aws.lambda.function".equals(target.type());
        boolean http = ExternalWriter.HTTP_ENDPOINT.equals(target.type()) || target.type().startsWith("aws.elbv2");
        String method = p.string("method", lambda || http ? "ANY" : "POST");
        String path = RestApiConstructWriter.route(api, conn, p.string("path", http ? "/{proxy+}" : "/"), method, target, ctx);
        String v = ctx.var(target);
        CodeBlock integration;
        switch (target.type()) {
            case "aws.lambda.function" -> integration = p.isSet("timeout")
                    ? CodeBlock.of("new $T($S, $N, $T.builder().timeout($L).build())", ClassName.get(INTEGRATIONS, "HttpLambdaIntegration"), id, v,
                            ClassName.get(INTEGRATIONS, "HttpLambdaIntegrationProps"), Cdk.millis(p.integer("timeout", 30000)))
                    : CodeBlock.of("new $T($S, $N)", ClassName.get(INTEGRATIONS, "HttpLambdaIntegration"), id, v);
            case "aws.sqs.queue" -> integration = CodeBlock.of("new $T($S, $T.builder().queue($N).build())",
                    ClassName.get(INTEGRATIONS, "HttpSqsIntegration"), id, ClassName.get(INTEGRATIONS, "HttpSqsIntegrationProps"), v);
            case "aws.stepfunctions.stateMachine" -> integration = CodeBlock.of("new $T($S, $T.builder().stateMachine($N).build())",
                    ClassName.get(INTEGRATIONS, "HttpStepFunctionsIntegration"), id, ClassName.get(INTEGRATIONS, "HttpStepFunctionsIntegrationProps"), v);
            case "aws.events.eventBus" -> integration = CodeBlock.of("new $T($S, $T.builder().eventBusRef($N.getEventBusRef()).build())",
                    ClassName.get(INTEGRATIONS, "HttpEventBridgeIntegration"), id, ClassName.get(INTEGRATIONS, "HttpEventBridgeIntegrationProps"), v);
            case "aws.elbv2.applicationLoadBalancer", "aws.elbv2.networkLoadBalancer" -> {
                String listener = LoadBalancerConstructWriter.listener(ctx, target);
                if (listener == null) {
                    return false;
                }
                boolean alb = "aws.elbv2.applicationLoadBalancer".equals(target.type());
                // the VPC link goes into the private subnets (the CDK's default subnet type does not exist in this VPC)
                String link = ctx.shared("httpVpcLink:" + api.id(), () -> ctx.local(Cdk.of("apigatewayv2", "VpcLink"), ctx.var(api) + "VpcLink",
                        Call.construct(Cdk.of("apigatewayv2", "VpcLink"), ctx.newConstructId(ctx.constructId(api) + "VpcLink"))
                                .set("vpc", Network.of(ctx).vpc(target)).set("subnets", Network.privateSubnets()).build()));
                integration = CodeBlock.of("new $T($S, $N, $T.builder().vpcLink($N).build())",
                        ClassName.get(INTEGRATIONS, alb ? "HttpAlbIntegration" : "HttpNlbIntegration"), id, listener,
                        ClassName.get(INTEGRATIONS, alb ? "HttpAlbIntegrationProps" : "HttpNlbIntegrationProps"), link);
            }
            case ExternalWriter.HTTP_ENDPOINT -> integration = CodeBlock.of("new $T($S, $S)", ClassName.get(INTEGRATIONS, "HttpUrlIntegration"), id,
                    ExternalWriter.url(target, ctx));
            case "aws.kinesis.stream" -> {
                kinesisRoute(api, target, id, method, path, ctx);
                return true;
            }
            default -> {
                return false;
            }
        }
        ctx.statement("$N.addRoutes($L)", ctx.var(api), Call.struct(ADD_ROUTES)
                .string("path", path)
                .set("methods", "$T.of($T.$N)", List.class, HTTP_METHOD, method)
                .set("integration", integration).build());
        return true;
    }

    /** Kinesis has no integration construct: an L1 integration (Kinesis-PutRecord) and route, with a role. */
    private static void kinesisRoute(Component api, Component stream, String id, String method, String path, StackContext ctx) {
        String role = ctx.shared("apiRole:" + api.id(), () -> ctx.local(FirehoseConstructWriter.ROLE, ctx.var(api) + "Role",
                Call.construct(FirehoseConstructWriter.ROLE, ctx.newConstructId(ctx.constructId(api) + "Role"))
                        .set("assumedBy", "new $T($S)", FirehoseConstructWriter.SERVICE_PRINCIPAL, "apigateway.amazonaws.com").build()));
        ctx.statement("$N.grantWrite($N)", ctx.var(stream), role);
        String integration = ctx.local(CFN_INTEGRATION, ctx.var(api) + ctx.constructId(stream) + "Integration",
                Call.construct(CFN_INTEGRATION, ctx.newConstructId(id))
                        .set("apiId", "$N.getApiId()", ctx.var(api))
                        .string("integrationType", "AWS_PROXY")
                        .string("integrationSubtype", "Kinesis-PutRecord")
                        .set("credentialsArn", "$N.getRoleArn()", role)
                        .string("payloadFormatVersion", "1.0")
                        .set("requestParameters", "$T.of($S, $N.getStreamName(), $S, $S, $S, $S)", Map.class,
                                "StreamName", ctx.var(stream), "Data", "$request.body", "PartitionKey", "$context.requestId")
                        .build());
        ctx.statement(Call.construct(CFN_ROUTE, ctx.newConstructId(id + "Route"))
                .set("apiId", "$N.getApiId()", ctx.var(api))
                .string("routeKey", method + " " + path)
                .set("target", "$S + $N.getRef()", "integrations/", integration).buildStatement());
    }

    private static boolean webSocketRoute(Component api, Connection conn, Component target, StackContext ctx) {
        Props p = ctx.props(conn);
        String routeKey = p.string("routeKey", "$default").strip();
        Set<String> used = ctx.shared("routes:" + api.id(), HashSet::new);
        String key = routeKey.isEmpty() ? "$default" : routeKey;
        for (int n = 2; !used.add(key); n++) {
            key = Assets.kebab(ctx.constructId(target)) + (n > 2 ? n - 1 : "");
        }
        String id = ctx.constructId(api) + "To" + ctx.constructId(target) + conn.id().replaceAll("[^A-Za-z0-9]", "");
        String v = ctx.var(target);
        CodeBlock integration;
        if ("aws.lambda.function".equals(target.type())) {
            integration = CodeBlock.of("new $T($S, $N)", ClassName.get(INTEGRATIONS, "WebSocketLambdaIntegration"), id, v);
        } else if (ExternalWriter.HTTP_ENDPOINT.equals(target.type())) {
            ctx.comment("WebSocket routes have no HTTP integration construct; the route answers with a mock until you add one");
            integration = CodeBlock.of("new $T($S)", ClassName.get(INTEGRATIONS, "WebSocketMockIntegration"), id);
        } else {
            String role = ctx.shared("apiRole:" + api.id(), () -> ctx.local(FirehoseConstructWriter.ROLE, ctx.var(api) + "Role",
                    Call.construct(FirehoseConstructWriter.ROLE, ctx.newConstructId(ctx.constructId(api) + "Role"))
                            .set("assumedBy", "new $T($S)", FirehoseConstructWriter.SERVICE_PRINCIPAL, "apigateway.amazonaws.com").build()));
            CodeBlock uri;
            String template;
            switch (target.type()) {
                case "aws.sqs.queue" -> {
                    ctx.statement("$N.grantSendMessages($N)", v, role);
                    uri = CodeBlock.of("$S + $T.REGION + $S + $T.ACCOUNT_ID + $S + $N.getQueueName()", "arn:aws:apigateway:", Cdk.AWS,
                            ":sqs:path/", Cdk.AWS, "/", v);
                    template = "Action=SendMessage&MessageBody=$util.urlEncode($input.body)";
                }
                case "aws.dynamodb.table" -> {
                    ctx.statement("$N.grantWriteData($N)", v, role);
                    uri = CodeBlock.of("$S + $T.REGION + $S", "arn:aws:apigateway:", Cdk.AWS, ":dynamodb:action/PutItem");
                    template = null;
                }
                case "aws.stepfunctions.stateMachine" -> {
                    ctx.statement("$N.grantStartExecution($N)", v, role);
                    uri = CodeBlock.of("$S + $T.REGION + $S", "arn:aws:apigateway:", Cdk.AWS, ":states:action/StartExecution");
                    template = null;
                }
                case "aws.events.eventBus" -> {
                    ctx.statement("$N.grantPutEventsTo($N)", v, role);
                    uri = CodeBlock.of("$S + $T.REGION + $S", "arn:aws:apigateway:", Cdk.AWS, ":events:action/PutEvents");
                    template = null;
                }
                case "aws.kinesis.stream" -> {
                    ctx.statement("$N.grantWrite($N)", v, role);
                    uri = CodeBlock.of("$S + $T.REGION + $S", "arn:aws:apigateway:", Cdk.AWS, ":kinesis:action/PutRecord");
                    template = null;
                }
                default -> {
                    return false;
                }
            }
            Call props = Call.struct(ClassName.get(INTEGRATIONS, "WebSocketAwsIntegrationProps"))
                    .set("integrationUri", uri)
                    .string("integrationMethod", "POST")
                    .set("credentialsRole", "$N", role);
            String custom = p.string("requestTemplate", "");
            if (!custom.isBlank() || template != null) {
                props.set("requestTemplates", "$T.of($S, $S)", Map.class, "$default", custom.isBlank() ? template : custom);
            }
            integration = CodeBlock.of("new $T($S, $L)", ClassName.get(INTEGRATIONS, "WebSocketAwsIntegration"), id, props.build());
        }
        ctx.statement("$N.addRoute($S, $L)", ctx.var(api), key, Call.struct(WS_ROUTE_OPTIONS).set("integration", integration).build());
        return true;
    }
}
