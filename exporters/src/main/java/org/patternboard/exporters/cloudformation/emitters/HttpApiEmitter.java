package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.Parameter;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * API Gateway v2: HTTP APIs (routes to Lambda proxies, first-class AWS service integrations, HTTP proxies,
 * private integrations through a VPC link; JWT or Lambda authorizers; an auto-deployed stage with access
 * logs) and WebSocket APIs (route keys to Lambda, AWS service integrations with mapping templates, HTTP;
 * a Lambda authorizer on $connect; a deployment and a stage).
 */
final class HttpApiEmitter implements Emitter {
    static final String HTTP = "aws.apigatewayv2.httpApi";
    static final String WEBSOCKET = "aws.apigatewayv2.webSocketApi";

    @Override
    public List<String> types() {
        return List.of(HTTP, WEBSOCKET);
    }

    private static Object stageName(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        if (HTTP.equals(c.type())) {
            String s = p.string("stageName");
            return "$default".equals(s) ? s : ApiPaths.stage(s);
        }
        return p.isSet("stageName") ? ApiPaths.stage(p.string("stageName")) : ctx.parameter(Parameter.STAGE_NAME);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        String id = ctx.id(c);
        boolean http = HTTP.equals(c.type());
        Resource api = ctx.add(c, "AWS::ApiGatewayV2::Api");
        // API names need not be unique; the logical id keeps them within every length limit
        api.put("Name", id);
        api.put("ProtocolType", http ? "HTTP" : "WEBSOCKET");
        if (!http) {
            api.put("RouteSelectionExpression", p.string("routeSelectionExpression"));
        }
        if (http && !p.list("corsAllowOrigins").isEmpty()) {
            api.put("CorsConfiguration", Fn.map("AllowOrigins", p.list("corsAllowOrigins"),
                    "AllowMethods", p.list("corsAllowMethods").isEmpty() ? null : p.list("corsAllowMethods")));
        }
        if (http && p.bool("disableExecuteApiEndpoint", false)) {
            api.put("DisableExecuteApiEndpoint", true);
        }
        Auth auth = authorizer(c, ctx, p);
        Set<String> keys = new HashSet<>();
        List<String> routes = new ArrayList<>();
        boolean hasConnect = false;
        for (Connection conn : ctx.outgoing(c, ConnectionKind.INTEGRATES)) {
            if (!ServiceIntegrations.supports(ctx.component(conn.to()).type())) {
                continue;
            }
            Props cp = ctx.props(conn);
            String key;
            if (http) {
                String path = ApiPaths.path(cp.string("path"));
                key = cp.string("method") + " " + path;
                if (!keys.add(key)) {
                    key = cp.string("method") + " " + ApiPaths.join(path, ctx.id(conn.to()));
                    keys.add(key);
                }
            } else {
                key = cp.string("routeKey").replaceAll("[\\p{Cntrl}]", "");
                if (key.isBlank() || !keys.add(key)) {
                    key = ctx.id(conn.to()) + (key.isBlank() ? "" : "-" + keys.size());
                    keys.add(key);
                }
            }
            Resource integration = integration(c, conn, ctx, cp, http);
            Resource route = ctx.add(conn, "Route", "AWS::ApiGatewayV2::Route");
            route.put("ApiId", Fn.ref(id));
            route.put("RouteKey", key);
            route.put("Target", Fn.join("/", List.of("integrations", Fn.ref(integration.logicalId()))));
            boolean connect = "$connect".equals(key);
            hasConnect |= connect;
            auth.apply(route, http || connect);
            routes.add(route.logicalId());
        }
        if (!http && (routes.isEmpty() || (auth.authorizerId != null && !hasConnect))) {
            // a WebSocket deployment needs a route, and an authorizer sits on $connect: answer it with a mock
            Resource mock = ctx.add(c, "ConnectIntegration", "AWS::ApiGatewayV2::Integration");
            mock.put("ApiId", Fn.ref(id));
            mock.put("IntegrationType", "MOCK");
            mock.put("RequestTemplates", Fn.map("$default", "{\"statusCode\": 200}"));
            mock.put("TemplateSelectionExpression", "\\$default");
            Resource route = ctx.add(c, "ConnectRoute", "AWS::ApiGatewayV2::Route");
            route.put("ApiId", Fn.ref(id));
            route.put("RouteKey", "$connect");
            route.put("Target", Fn.join("/", List.of("integrations", Fn.ref(mock.logicalId()))));
            auth.apply(route, true);
            routes.add(route.logicalId());
        }
        Resource stage = ctx.add(c, "Stage", "AWS::ApiGatewayV2::Stage");
        stage.put("ApiId", Fn.ref(id));
        stage.put("StageName", stageName(c, ctx));
        Map<String, Object> settings = Fn.map("ThrottlingRateLimit", p.integer("throttlingRateLimit"),
                "ThrottlingBurstLimit", p.integer("throttlingBurstLimit"),
                "DetailedMetricsEnabled", p.bool("detailedMetrics", false));
        stage.put("DefaultRouteSettings", settings);
        if (http) {
            stage.put("AutoDeploy", true);
        } else {
            List<String> snapshot = new ArrayList<>(routes);
            for (String route : routes) {
                Object target = ctx.template().resource(route).orElseThrow().get("Target");
                if (target instanceof Map<?, ?> join && join.get("Fn::Join") instanceof List<?> args
                        && args.get(1) instanceof List<?> parts && parts.get(1) instanceof Map<?, ?> ref) {
                    snapshot.add(String.valueOf(ref.get("Ref")));
                }
            }
            Resource deployment = ctx.add(c, "Deployment" + ApiPaths.fingerprint(ctx, snapshot), "AWS::ApiGatewayV2::Deployment");
            deployment.put("ApiId", Fn.ref(id));
            // a deployment snapshots the routes, which it does not reference
            routes.forEach(deployment::dependsOn);
            stage.put("DeploymentId", Fn.ref(deployment.logicalId()));
        }
        if (p.bool("accessLogging", false)) {
            Resource logGroup = Support.logGroup(ctx, c, "AccessLogs", "30");
            stage.put("AccessLogSettings", Fn.map("DestinationArn", Fn.getAtt(logGroup.logicalId(), "Arn"),
                    "Format", ApiPaths.ACCESS_LOG_FORMAT));
            if (!http) {
                stage.dependsOn(ApiPaths.accountLoggingRole(ctx));
            }
        }
        customDomain(c, ctx, stage);
        Object url = http && "$default".equals(stageName(c, ctx)) ? Fn.getAtt(id, "ApiEndpoint")
                : Fn.join("/", List.of(Fn.getAtt(id, "ApiEndpoint"), Fn.ref(stage.logicalId())));
        ctx.output(c, "Url", url, "API URL");
    }

    private static void customDomain(Component c, ExportContext ctx, Resource stage) {
        for (Connection u : ctx.outgoing(c, ConnectionKind.USES)) {
            Component cert = ctx.component(u.to());
            String domain = ApiPaths.domains(ctx).domain(c.id(), cert.id()).orElse(null);
            if (domain == null) {
                continue;
            }
            Resource d = ctx.add(c, "DomainName", "AWS::ApiGatewayV2::DomainName");
            d.put("DomainName", domain);
            d.put("DomainNameConfigurations", List.of(Fn.map("CertificateArn", Fn.ref(ctx.id(cert)),
                    "EndpointType", "REGIONAL", "SecurityPolicy", "TLS_1_2")));
            Resource mapping = ctx.add(c, "ApiMapping", "AWS::ApiGatewayV2::ApiMapping");
            mapping.put("DomainName", Fn.ref(d.logicalId()));
            mapping.put("ApiId", Fn.ref(ctx.id(c)));
            mapping.put("Stage", Fn.ref(stage.logicalId()));
            return;
        }
    }

    private static Resource integration(Component api, Connection conn, ExportContext ctx, Props cp, boolean http) {
        Component target = ctx.component(conn.to());
        Resource i = ctx.add(conn, "Integration", "AWS::ApiGatewayV2::Integration");
        i.put("ApiId", Fn.ref(ctx.id(api)));
        switch (target.type()) {
            case LambdaEmitter.FUNCTION -> {
                i.put("IntegrationType", "AWS_PROXY");
                if (http) {
                    i.put("IntegrationUri", Fn.getAtt(ctx.id(target), "Arn"));
                    i.put("PayloadFormatVersion", "2.0");
                    i.put("TimeoutInMillis", cp.integer("timeout"));
                } else {
                    i.put("IntegrationUri", ApiPaths.lambdaUri(ctx.id(target)));
                }
            }
            case "external.httpEndpoint" -> {
                i.put("IntegrationType", "HTTP_PROXY");
                i.put("IntegrationMethod", http ? "ANY" : "POST");
                i.put("IntegrationUri", ctx.reference(target, "url"));
                if (http) {
                    i.put("PayloadFormatVersion", "1.0");
                }
            }
            case LoadBalancerEmitter.ALB, LoadBalancerEmitter.NLB -> {
                i.put("IntegrationType", "HTTP_PROXY");
                i.put("IntegrationMethod", "ANY");
                i.put("ConnectionType", "VPC_LINK");
                i.put("ConnectionId", Fn.ref(vpcLink(api, target, ctx)));
                i.put("IntegrationUri", ctx.reference(target, "listenerArn"));
                i.put("PayloadFormatVersion", "1.0");
                Network.of(ctx).allow(conn, api, target, (Long) ctx.reference(target, "listenerPort"));
            }
            default -> {
                if (http) {
                    firstClass(api, target, ctx, cp, i);
                } else {
                    ServiceIntegrations.Call call = ServiceIntegrations.call(api, conn, target, ctx, cp);
                    i.put("IntegrationType", "AWS");
                    i.put("IntegrationMethod", call.httpMethod());
                    i.put("IntegrationUri", call.uri());
                    i.put("CredentialsArn", ctx.roleArn(api));
                    i.put("PassthroughBehavior", "NEVER");
                    if (call.parameters() != null) {
                        i.put("RequestParameters", call.parameters());
                    }
                    Object template = ServiceIntegrations.template(cp, call);
                    if (template != null) {
                        i.put("RequestTemplates", Fn.map("$default", template));
                        i.put("TemplateSelectionExpression", "\\$default");
                    }
                }
            }
        }
        return i;
    }

    /** HTTP API first-class integrations (no mapping templates: parameter mappings). */
    private static void firstClass(Component api, Component target, ExportContext ctx, Props cp, Resource i) {
        String id = ctx.id(target);
        i.put("IntegrationType", "AWS_PROXY");
        i.put("PayloadFormatVersion", "1.0");
        i.put("CredentialsArn", ctx.roleArn(api));
        Map<String, Object> params = Fn.map();
        String subtype;
        switch (target.type()) {
            case SqsEmitter.QUEUE -> {
                subtype = "SQS-SendMessage";
                params.put("QueueUrl", Fn.ref(id));
                params.put("MessageBody", "$request.body");
                if (ctx.props(target).bool("fifo", false)) {
                    params.put("MessageGroupId", "$context.requestId");
                }
            }
            case StepFunctionsEmitter.STATE_MACHINE -> {
                subtype = "StepFunctions-StartExecution";
                params.put("StateMachineArn", Fn.ref(id));
                params.put("Input", "$request.body");
            }
            case EventsEmitter.BUS -> {
                subtype = "EventBridge-PutEvents";
                params.put("Source", "patternboard.api");
                params.put("DetailType", "ApiRequest");
                params.put("Detail", "$request.body");
                params.put("EventBusName", ctx.reference(target, "name"));
            }
            case KinesisEmitter.STREAM -> {
                subtype = "Kinesis-PutRecord";
                params.put("StreamName", Fn.ref(id));
                params.put("Data", "$request.body");
                params.put("PartitionKey", "$context.requestId");
            }
            default -> throw new IllegalStateException("no HTTP API integration with " + target.type());
        }
        String action = cp.string("action");
        i.put("IntegrationSubtype", action != null && action.matches("[A-Za-z]+-[A-Za-z]+") ? action : subtype);
        params.putAll(cp.map("requestParameters"));
        i.put("RequestParameters", params);
    }

    private static String vpcLink(Component api, Component lb, ExportContext ctx) {
        return ctx.state("vpclink2/" + api.id(), () -> {
            Network net = Network.of(ctx);
            Resource link = ctx.add(api, "VpcLink", "AWS::ApiGatewayV2::VpcLink");
            link.put("Name", link.logicalId());
            link.put("SubnetIds", net.privateSubnets(lb));
            link.put("SecurityGroupIds", List.of(net.securityGroupId(api)));
            return link.logicalId();
        });
    }

    /** How routes are authorized. */
    private record Auth(String type, String authorizerId, List<Object> scopes) {
        void apply(Resource route, boolean authorizerAllowed) {
            if (authorizerId != null && authorizerAllowed) {
                route.put("AuthorizationType", type);
                route.put("AuthorizerId", Fn.ref(authorizerId));
                if (scopes != null && !scopes.isEmpty()) {
                    route.put("AuthorizationScopes", scopes);
                }
            } else if ("AWS_IAM".equals(type)) {
                route.put("AuthorizationType", type);
            } else {
                route.put("AuthorizationType", "NONE");
            }
        }
    }

    private static Auth authorizer(Component c, ExportContext ctx, Props p) {
        boolean http = HTTP.equals(c.type());
        for (Connection a : ctx.incoming(c, ConnectionKind.AUTHORIZES)) {
            Component source = ctx.component(a.from());
            Props ap = ctx.props(a);
            Resource authorizer = ctx.add(a, "Authorizer", "AWS::ApiGatewayV2::Authorizer");
            authorizer.put("ApiId", Fn.ref(ctx.id(c)));
            authorizer.put("Name", authorizer.logicalId().length() > 128 ? authorizer.logicalId().substring(0, 128)
                    : authorizer.logicalId());
            if (CognitoEmitter.USER_POOL.equals(source.type())) {
                authorizer.put("AuthorizerType", "JWT");
                authorizer.put("IdentitySource", List.of("$request.header.Authorization"));
                authorizer.put("JwtConfiguration", Fn.map(
                        "Audience", List.of(ctx.reference(source, "clientId")),
                        "Issuer", ctx.reference(source, "issuer")));
                return new Auth("JWT", authorizer.logicalId(), ap.list("scopes"));
            }
            authorizer.put("AuthorizerType", "REQUEST");
            authorizer.put("AuthorizerUri", ApiPaths.lambdaUri(ctx.id(source)));
            String identity = ap.string("identitySource");
            if (http) {
                authorizer.put("AuthorizerPayloadFormatVersion", "2.0");
                authorizer.put("EnableSimpleResponses", true);
                authorizer.put("IdentitySource", List.of(identity != null ? identity : "$request.header.Authorization"));
                if (ap.integer("resultTtl") != null) {
                    authorizer.put("AuthorizerResultTtlInSeconds", ap.integer("resultTtl"));
                }
            } else {
                authorizer.put("IdentitySource", List.of(identity != null ? identity : "route.request.header.Authorization"));
            }
            return new Auth("CUSTOM", authorizer.logicalId(), null);
        }
        return new Auth("IAM".equals(p.string("authorization")) ? "AWS_IAM" : "NONE", null, null);
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return reference(c, form, null, ctx);
    }

    @Override
    public Object reference(Component c, String form, Connection via, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (form) {
            case "arn" -> Fn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}::/apis/${" + id + "}");
            case "executeArn" -> Fn.sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${" + id + "}/*");
            case "stageId" -> ctx.derivedId(c, "Stage");
            case "stageName" -> stageName(c, ctx);
            case "host" -> Fn.select(1, Fn.split("://", Fn.getAtt(id, "ApiEndpoint")));
            case "originPath" -> "$default".equals(stageName(c, ctx)) ? ""
                    : Fn.concat("/", Fn.ref(ctx.derivedId(c, "Stage")));
            case "authorizerArn" -> Fn.sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${"
                    + id + "}/authorizers/${" + ctx.derivedId(via, "Authorizer") + "}");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("ENDPOINT", Fn.getAtt(ctx.id(c), "ApiEndpoint"));
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.INTEGRATES && ServiceIntegrations.supports(ctx.component(conn.to()).type())
                || conn.kind() == ConnectionKind.USES && CertificateEmitter.CERTIFICATE.equals(ctx.component(conn.to()).type());
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.AUTHORIZES;
    }
}
