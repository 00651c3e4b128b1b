package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.Parameter;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.iam.Iam;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.LogicalIds;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * API Gateway REST APIs: a resource tree from the route paths, one method per connection (Lambda proxy,
 * direct AWS service integrations with an own role and a mapping template, HTTP proxies, VPC links to
 * network load balancers), authorizers, request validation, a deployment and a stage with throttling,
 * tracing and logging, usage plans with API keys.
 */
final class RestApiEmitter implements Emitter {
    static final String REST_API = "aws.apigateway.restApi";

    @Override
    public List<String> types() {
        return List.of(REST_API);
    }

    /** The stage name: the design's, else the StageName parameter. */
    static Object stageName(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        return p.isSet("stageName") ? ApiPaths.stage(p.string("stageName")) : ctx.parameter(Parameter.STAGE_NAME);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        String id = ctx.id(c);
        Resource api = ctx.add(c, "AWS::ApiGateway::RestApi");
        // API names need not be unique; the logical id keeps them within every length limit
        api.put("Name", id);
        String endpointType = p.string("endpointType");
        api.put("EndpointConfiguration", Fn.map("Types", List.of(endpointType)));
        if ("PRIVATE".equals(endpointType)) {
            api.put("Policy", Fn.map("Version", Iam.POLICY_VERSION, "Statement", List.of(Fn.map(
                    "Effect", "Allow", "Principal", "*", "Action", "execute-api:Invoke",
                    "Resource", "execute-api:/*",
                    "Condition", Fn.map("StringEquals", Fn.map("aws:SourceVpc", Network.of(ctx).vpcId(c)))))));
        }
        if (p.bool("disableExecuteApiEndpoint", false)) {
            api.put("DisableExecuteApiEndpoint", true);
        }
        Authorization auth = authorization(c, ctx, p);
        String validator = null;
        if (p.bool("requestValidation", false)) {
            Resource v = ctx.add(c, "RequestValidator", "AWS::ApiGateway::RequestValidator");
            v.put("RestApiId", Fn.ref(id));
            v.put("ValidateRequestBody", true);
            v.put("ValidateRequestParameters", true);
            validator = v.logicalId();
        }
        Map<String, Object> resources = new LinkedHashMap<>();
        Set<String> routes = new HashSet<>();
        List<String> methods = new ArrayList<>();
        for (Connection conn : ctx.outgoing(c, ConnectionKind.INTEGRATES, ConnectionKind.READS)) {
            if (!ServiceIntegrations.supports(ctx.component(conn.to()).type())) {
                continue;
            }
            Props cp = ctx.props(conn);
            String method = cp.string("method");
            String path = ApiPaths.path(cp.string("path"));
            if (!routes.add(method + " " + path)) {
                path = ApiPaths.join(path, ctx.id(conn.to()));
                routes.add(method + " " + path);
            }
            Resource m = ctx.add(conn, "Method", "AWS::ApiGateway::Method");
            m.put("RestApiId", Fn.ref(id));
            m.put("ResourceId", resourceId(c, ctx, path, resources));
            m.put("HttpMethod", method);
            auth.apply(m, p, ctx);
            if (validator != null) {
                m.put("RequestValidatorId", Fn.ref(validator));
            }
            m.put("Integration", integration(c, conn, ctx, cp, m, path));
            m.put("MethodResponses", List.of(Fn.map("StatusCode", "200")));
            methods.add(m.logicalId());
        }
        if (methods.isEmpty()) {
            // a deployment needs at least one method: answer 200 on GET /
            Resource m = ctx.add(c, "RootMethod", "AWS::ApiGateway::Method");
            m.put("RestApiId", Fn.ref(id));
            m.put("ResourceId", Fn.getAtt(id, "RootResourceId"));
            m.put("HttpMethod", "GET");
            auth.apply(m, p, ctx);
            m.put("Integration", Fn.map("Type", "MOCK",
                    "RequestTemplates", Fn.map("application/json", "{\"statusCode\": 200}"),
                    "IntegrationResponses", List.of(Fn.map("StatusCode", "200"))));
            m.put("MethodResponses", List.of(Fn.map("StatusCode", "200")));
            methods.add(m.logicalId());
        }
        List<String> snapshot = new ArrayList<>(methods);
        resources.values().forEach(r -> snapshot.add(String.valueOf(((Map<?, ?>) r).get("Ref"))));
        Resource deployment = ctx.add(c, "Deployment" + ApiPaths.fingerprint(ctx, snapshot), "AWS::ApiGateway::Deployment");
        deployment.put("RestApiId", Fn.ref(id));
        // a deployment snapshots the methods, which it does not reference
        methods.forEach(deployment::dependsOn);
        stage(c, ctx, p, deployment);
        usagePlan(c, ctx, p);
        customDomain(c, ctx);
        ctx.output(c, "Url", Fn.sub("https://${" + id + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${"
                + ctx.derivedId(c, "Stage") + "}/"), "API URL");
    }

    private void stage(Component c, ExportContext ctx, Props p, Resource deployment) {
        String id = ctx.id(c);
        Resource stage = ctx.add(c, "Stage", "AWS::ApiGateway::Stage");
        stage.put("RestApiId", Fn.ref(id));
        stage.put("DeploymentId", Fn.ref(deployment.logicalId()));
        stage.put("StageName", stageName(c, ctx));
        stage.put("TracingEnabled", p.bool("tracing", false));
        Map<String, Object> settings = Fn.map("ResourcePath", "/*", "HttpMethod", "*",
                "ThrottlingRateLimit", p.integer("throttlingRateLimit"),
                "ThrottlingBurstLimit", p.integer("throttlingBurstLimit"),
                "MetricsEnabled", p.bool("detailedMetrics", false));
        String logging = p.string("executionLogging");
        if (!"OFF".equals(logging)) {
            settings.put("LoggingLevel", logging);
        }
        if (p.bool("cacheEnabled", false)) {
            stage.put("CacheClusterEnabled", true);
            stage.put("CacheClusterSize", p.string("cacheSize"));
            settings.put("CachingEnabled", true);
            settings.put("CacheTtlInSeconds", p.integer("cacheTtl"));
            settings.put("CacheDataEncrypted", true);
        }
        stage.put("MethodSettings", List.of(settings));
        boolean accessLogs = p.bool("accessLogging", false);
        if (accessLogs) {
            Resource logGroup = Support.logGroup(ctx, c, "AccessLogs", "30");
            stage.put("AccessLogSetting", Fn.map("DestinationArn", Fn.getAtt(logGroup.logicalId(), "Arn"),
                    "Format", ApiPaths.ACCESS_LOG_FORMAT));
        }
        if (accessLogs || !"OFF".equals(logging)) {
            // REST API logging needs the account-level CloudWatch role of API Gateway
            stage.dependsOn(ApiPaths.accountLoggingRole(ctx));
        }
    }

    private static void usagePlan(Component c, ExportContext ctx, Props p) {
        boolean plan = p.bool("apiKeyRequired", false) || p.integer("usagePlanRateLimit") != null
                || p.integer("usagePlanQuota") != null;
        if (!plan) {
            return;
        }
        Resource usage = ctx.add(c, "UsagePlan", "AWS::ApiGateway::UsagePlan");
        usage.put("ApiStages", List.of(Fn.map("ApiId", Fn.ref(ctx.id(c)), "Stage", Fn.ref(ctx.derivedId(c, "Stage")))));
        if (p.integer("usagePlanRateLimit") != null || p.integer("usagePlanBurstLimit") != null) {
            usage.put("Throttle", Fn.map("RateLimit", p.integer("usagePlanRateLimit"), "BurstLimit", p.integer("usagePlanBurstLimit")));
        }
        if (p.integer("usagePlanQuota") != null) {
            usage.put("Quota", Fn.map("Limit", p.integer("usagePlanQuota"), "Period", p.string("usagePlanQuotaPeriod", "MONTH")));
        }
        Resource key = ctx.add(c, "ApiKey", "AWS::ApiGateway::ApiKey");
        key.put("Enabled", true);
        Resource planKey = ctx.add(c, "UsagePlanKey", "AWS::ApiGateway::UsagePlanKey");
        planKey.put("KeyId", Fn.ref(key.logicalId()));
        planKey.put("KeyType", "API_KEY");
        planKey.put("UsagePlanId", Fn.ref(usage.logicalId()));
    }

    /** A custom domain from a certificate the API uses (when the certificate names a fixed domain). */
    private static void customDomain(Component c, ExportContext ctx) {
        for (Connection u : ctx.outgoing(c, ConnectionKind.USES)) {
            Component cert = ctx.component(u.to());
            String domain = ApiPaths.domains(ctx).domain(c.id(), cert.id()).orElse(null);
            if (domain == null) {
                continue;
            }
            Resource d = ctx.add(c, "DomainName", "AWS::ApiGateway::DomainName");
            d.put("DomainName", domain);
            d.put("RegionalCertificateArn", Fn.ref(ctx.id(cert)));
            d.put("EndpointConfiguration", Fn.map("Types", List.of("REGIONAL")));
            d.put("SecurityPolicy", "TLS_1_2");
            Resource mapping = ctx.add(c, "BasePathMapping", "AWS::ApiGateway::BasePathMapping");
            mapping.put("DomainName", Fn.ref(d.logicalId()));
            mapping.put("RestApiId", Fn.ref(ctx.id(c)));
            mapping.put("Stage", Fn.ref(ctx.derivedId(c, "Stage")));
            return;
        }
    }

    /** The API Gateway resource for a path, creating the missing parents. */
    private static Object resourceId(Component c, ExportContext ctx, String path, Map<String, Object> resources) {
        if ("/".equals(path)) {
            return Fn.getAtt(ctx.id(c), "RootResourceId");
        }
        Object existing = resources.get(path);
        if (existing != null) {
            return existing;
        }
        int slash = path.lastIndexOf('/');
        String parentPath = slash == 0 ? "/" : path.substring(0, slash);
        Object parent = resourceId(c, ctx, parentPath, resources);
        Resource r = ctx.add(c, "Resource" + LogicalIds.sanitize(path, "Path"), "AWS::ApiGateway::Resource");
        r.put("RestApiId", Fn.ref(ctx.id(c)));
        r.put("ParentId", parent);
        r.put("PathPart", path.substring(slash + 1));
        Object ref = Fn.ref(r.logicalId());
        resources.put(path, ref);
        return ref;
    }

    private static Map<String, Object> integration(Component api, Connection conn, ExportContext ctx, Props cp,
            Resource method, String path) {
        Component target = ctx.component(conn.to());
        String t = target.type();
        if (LambdaEmitter.FUNCTION.equals(t)) {
            Map<String, Object> i = Fn.map(
                    "Type", cp.bool("proxy", true) ? "AWS_PROXY" : "AWS",
                    "IntegrationHttpMethod", "POST",
                    "Uri", ApiPaths.lambdaUri(ctx.id(target)),
                    "TimeoutInMillis", cp.integer("timeout"));
            if (!cp.bool("proxy", true)) {
                i.put("IntegrationResponses", List.of(Fn.map("StatusCode", "200")));
            }
            return i;
        }
        if ("external.httpEndpoint".equals(t) || LoadBalancerEmitter.ALB.equals(t) || LoadBalancerEmitter.NLB.equals(t)) {
            Object base = "external.httpEndpoint".equals(t) ? ctx.reference(target, "url") : ctx.reference(target, "url");
            Map<String, Object> i = Fn.map("Type", "HTTP_PROXY", "IntegrationHttpMethod", "ANY");
            if (path.endsWith("{proxy+}")) {
                i.put("Uri", Fn.concat(base, "/{proxy}"));
                i.put("RequestParameters", Fn.map("integration.request.path.proxy", "method.request.path.proxy"));
                method.put("RequestParameters", Fn.map("method.request.path.proxy", true));
            } else {
                i.put("Uri", base);
            }
            if (LoadBalancerEmitter.NLB.equals(t)) {
                i.put("ConnectionType", "VPC_LINK");
                i.put("ConnectionId", Fn.ref(vpcLink(api, target, ctx)));
            }
            return i;
        }
        return ServiceIntegrations.rest(api, conn, target, ctx, cp, method);
    }

    private static String vpcLink(Component api, Component nlb, ExportContext ctx) {
        return ctx.state("vpclink/" + api.id() + "/" + nlb.id(), () -> {
            Resource link = ctx.template().add(ctx.sharedId(ctx.id(api) + "To" + ctx.id(nlb) + "VpcLink"), "AWS::ApiGateway::VpcLink");
            ctx.tag(link, api);
            link.put("Name", link.logicalId());
            link.put("TargetArns", List.of(Fn.ref(ctx.id(nlb))));
            return link.logicalId();
        });
    }

    /** How methods are authorized: IAM, the first authorizer connected, or not at all. */
    private record Authorization(String type, String authorizerId, List<Object> scopes, String authorizerName) {
        void apply(Resource method, Props p, ExportContext ctx) {
            method.put("AuthorizationType", type);
            // cdk-nag COG4 wants a Cognito authorizer; IAM and a Lambda authorizer authorize too (SEC-007 is the rule)
            if ("AWS_IAM".equals(type)) {
                ctx.nag().suppress(method, "iamAuthorization");
            } else if ("CUSTOM".equals(type)) {
                ctx.nag().suppress(method, "lambdaAuthorizer", authorizerName);
            }
            if (authorizerId != null) {
                method.put("AuthorizerId", Fn.ref(authorizerId));
            }
            if (scopes != null && !scopes.isEmpty()) {
                method.put("AuthorizationScopes", scopes);
            }
            if (p.bool("apiKeyRequired", false)) {
                method.put("ApiKeyRequired", true);
            }
        }
    }

    private static Authorization authorization(Component c, ExportContext ctx, Props p) {
        for (Connection a : ctx.incoming(c, ConnectionKind.AUTHORIZES)) {
            Component source = ctx.component(a.from());
            Props ap = ctx.props(a);
            Resource authorizer = ctx.add(a, "Authorizer", "AWS::ApiGateway::Authorizer");
            authorizer.put("RestApiId", Fn.ref(ctx.id(c)));
            authorizer.put("Name", authorizer.logicalId());
            if (CognitoEmitter.USER_POOL.equals(source.type())) {
                authorizer.put("Type", "COGNITO_USER_POOLS");
                authorizer.put("IdentitySource", "method.request.header.Authorization");
                authorizer.put("ProviderARNs", List.of(Fn.getAtt(ctx.id(source), "Arn")));
                return new Authorization("COGNITO_USER_POOLS", authorizer.logicalId(), ap.list("scopes"), source.name());
            }
            String type = ap.string("authorizerType");
            authorizer.put("Type", type);
            authorizer.put("AuthorizerUri", ApiPaths.lambdaUri(ctx.id(source)));
            authorizer.put("IdentitySource", ap.string("identitySource", "method.request.header.Authorization"));
            authorizer.put("AuthorizerResultTtlInSeconds", ap.integer("resultTtl"));
            return new Authorization("CUSTOM", authorizer.logicalId(), null, source.name());
        }
        return new Authorization("IAM".equals(p.string("authorization")) ? "AWS_IAM" : "NONE", null, null, null);
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return reference(c, form, null, ctx);
    }

    @Override
    public Object reference(Component c, String form, Connection via, ExportContext ctx) {
        String id = ctx.id(c);
        String stage = ctx.derivedId(c, "Stage");
        return switch (form) {
            case "arn" -> Fn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${" + id + "}");
            case "executeArn" -> Fn.sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${" + id + "}/*");
            case "stageExecuteArn" -> Fn.sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${"
                    + id + "}/${" + stage + "}/*/");
            case "wafArn" -> Fn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}::/restapis/${" + id + "}/stages/${" + stage + "}");
            case "stageId" -> stage;
            case "apiName" -> id;
            case "stageName" -> stageName(c, ctx);
            case "host" -> Fn.sub("${" + id + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}");
            case "originPath" -> Fn.concat("/", Fn.ref(stage));
            case "authorizerArn" -> Fn.sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${"
                    + id + "}/authorizers/${" + ctx.derivedId(via, "Authorizer") + "}");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("URL", Fn.sub("https://${" + ctx.id(c) + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/${"
                + ctx.derivedId(c, "Stage") + "}/"));
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return (conn.kind() == ConnectionKind.INTEGRATES || conn.kind() == ConnectionKind.READS
                || conn.kind() == ConnectionKind.USES) && ServiceIntegrations.supports(ctx.component(conn.to()).type())
                || conn.kind() == ConnectionKind.USES && CertificateEmitter.CERTIFICATE.equals(ctx.component(conn.to()).type());
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.AUTHORIZES;
    }
}
