package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * API Gateway REST APIs: the stage (tracing, throttling, cache, logs), the default authorizer (a Cognito user
 * pool or a Lambda authorizer that {@code authorizes} the API), a usage plan, and one method per
 * {@code integrates} / {@code reads} connection: a Lambda integration, a direct AWS service integration
 * ({@code AwsIntegration} with a mapping template and a role granted just that action) or an HTTP integration.
 */
final class RestApiConstructWriter implements ConstructWriter {
    static final String TYPE = "aws.apigateway.restApi";
    static final ClassName REST_API = Cdk.of("apigateway", "RestApi");
    static final ClassName STAGE_OPTIONS = Cdk.of("apigateway", "StageOptions");
    static final ClassName ENDPOINT_TYPE = Cdk.of("apigateway", "EndpointType");
    static final ClassName METHOD_OPTIONS = Cdk.of("apigateway", "MethodOptions");
    static final ClassName METHOD_RESPONSE = Cdk.of("apigateway", "MethodResponse");
    static final ClassName AUTHORIZATION_TYPE = Cdk.of("apigateway", "AuthorizationType");
    static final ClassName LOGGING_LEVEL = Cdk.of("apigateway", "MethodLoggingLevel");
    static final ClassName LOG_DESTINATION = Cdk.of("apigateway", "LogGroupLogDestination");
    static final ClassName ACCESS_LOG_FORMAT = Cdk.of("apigateway", "AccessLogFormat");
    static final ClassName LAMBDA_INTEGRATION = Cdk.of("apigateway", "LambdaIntegration");
    static final ClassName LAMBDA_INTEGRATION_OPTIONS = Cdk.of("apigateway", "LambdaIntegrationOptions");
    static final ClassName AWS_INTEGRATION = Cdk.of("apigateway", "AwsIntegration");
    static final ClassName HTTP_INTEGRATION = Cdk.of("apigateway", "HttpIntegration");
    static final ClassName HTTP_INTEGRATION_PROPS = Cdk.of("apigateway", "HttpIntegrationProps");
    static final ClassName MOCK_INTEGRATION = Cdk.of("apigateway", "MockIntegration");
    static final ClassName INTEGRATION_OPTIONS = Cdk.of("apigateway", "IntegrationOptions");
    static final ClassName INTEGRATION_RESPONSE = Cdk.of("apigateway", "IntegrationResponse");
    static final ClassName COGNITO_AUTHORIZER = Cdk.of("apigateway", "CognitoUserPoolsAuthorizer");
    static final ClassName TOKEN_AUTHORIZER = Cdk.of("apigateway", "TokenAuthorizer");
    static final ClassName REQUEST_AUTHORIZER = Cdk.of("apigateway", "RequestAuthorizer");
    static final ClassName IDENTITY_SOURCE = Cdk.of("apigateway", "IdentitySource");
    static final ClassName USAGE_PLAN_PROPS = Cdk.of("apigateway", "UsagePlanProps");
    static final ClassName USAGE_PLAN = Cdk.of("apigateway", "UsagePlan");
    static final ClassName THROTTLE = Cdk.of("apigateway", "ThrottleSettings");
    static final ClassName QUOTA = Cdk.of("apigateway", "QuotaSettings");
    static final ClassName PERIOD = Cdk.of("apigateway", "Period");
    static final ClassName PER_API_STAGE = Cdk.of("apigateway", "UsagePlanPerApiStage");
    static final ClassName REQUEST_VALIDATOR_OPTIONS = Cdk.of("apigateway", "RequestValidatorOptions");
    static final ClassName VPC_LINK = Cdk.of("apigateway", "VpcLink");
    static final ClassName INTEGRATION = Cdk.of("apigateway", "Integration");
    static final ClassName INTEGRATION_PROPS = Cdk.of("apigateway", "IntegrationProps");
    static final ClassName INTEGRATION_TYPE = Cdk.of("apigateway", "IntegrationType");
    static final ClassName CONNECTION_TYPE = Cdk.of("apigateway", "ConnectionType");
    static final ClassName I_RESOURCE = Cdk.of("apigateway", "IResource");

    @Override
    public List<String> types() {
        return List.of(TYPE);
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>();
        ctx.incoming(c, ConnectionKind.AUTHORIZES).forEach(a -> pre.add(a.from()));
        ctx.outgoingTo(c, ConnectionKind.USES, "aws.certificatemanager.certificate").forEach(u -> pre.add(u.to()));
        return pre;
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        Call api = Call.construct(REST_API, ctx.constructId(c));
        Map<String, Object> key = new LinkedHashMap<>();
        if (p.isExplicit("endpointType")) {
            api.set("endpointTypes", "$T.of($T.$N)", List.class, ENDPOINT_TYPE, p.string("endpointType"));
            key.put("EndpointConfiguration", Map.of("Types", List.of(p.string("endpointType"))));
        }
        Call stage = Call.struct(STAGE_OPTIONS).string("stageName", p.string("stageName", "prod").replaceAll("[^A-Za-z0-9_]", "_"));
        if (p.bool("tracing", false)) {
            stage.bool("tracingEnabled", true);
        }
        if (p.isExplicit("throttlingRateLimit")) {
            stage.number("throttlingRateLimit", p.integer("throttlingRateLimit", 10000));
        }
        if (p.isExplicit("throttlingBurstLimit")) {
            stage.number("throttlingBurstLimit", p.integer("throttlingBurstLimit", 5000));
        }
        if (p.bool("cacheEnabled", false)) {
            stage.bool("cacheClusterEnabled", true).string("cacheClusterSize", p.string("cacheSize", "0.5"))
                    .bool("cachingEnabled", true).set("cacheTtl", Cdk.duration(p.integer("cacheTtl", 300)));
        }
        if (!"OFF".equals(p.string("executionLogging", "OFF"))) {
            stage.set("loggingLevel", Cdk.constant(LOGGING_LEVEL, p.string("executionLogging")));
        }
        if (p.bool("detailedMetrics", false)) {
            stage.bool("metricsEnabled", true);
        }
        if (p.bool("accessLogging", false)) {
            String logs = ctx.local(ObservabilityConstructWriter.LOG_GROUP, ctx.var(c) + "AccessLogs",
                    Call.construct(ObservabilityConstructWriter.LOG_GROUP, ctx.newConstructId(ctx.constructId(c) + "AccessLogs"))
                            .set("retention", Retention.of("30")).build());
            stage.set("accessLogDestination", "new $T($N)", LOG_DESTINATION, logs)
                    .set("accessLogFormat", "$T.jsonWithStandardFields()", ACCESS_LOG_FORMAT);
        }
        api.set("deployOptions", stage.build());
        Call defaults = Call.struct(METHOD_OPTIONS);
        CodeBlock authorizer = authorizer(c, ctx);
        String authorization = p.string("authorization", "NONE");
        if (authorizer != null) {
            defaults.set("authorizer", authorizer);
        } else if ("IAM".equals(authorization)) {
            defaults.set("authorizationType", "$T.IAM", AUTHORIZATION_TYPE);
        }
        if (p.bool("apiKeyRequired", false)) {
            defaults.bool("apiKeyRequired", true);
        }
        if (!defaults.isEmpty()) {
            api.set("defaultMethodOptions", defaults.build());
        }
        if (p.bool("disableExecuteApiEndpoint", false)) {
            api.bool("disableExecuteApiEndpoint", true);
        }
        ctx.declare(c, REST_API, api.build());
        ctx.expect(c, "AWS::ApiGateway::RestApi", key);
        if (p.bool("requestValidation", false)) {
            String validator = ctx.local(Cdk.of("apigateway", "RequestValidator"), ctx.var(c) + "Validator",
                    CodeBlock.of("$N.addRequestValidator($S, $L)", ctx.var(c), "Validator", Call.struct(REQUEST_VALIDATOR_OPTIONS)
                            .bool("validateRequestBody", true).bool("validateRequestParameters", true).build()));
            ctx.shared("validator:" + c.id(), () -> validator);
        }
        if (p.isSet("usagePlanRateLimit") || p.isSet("usagePlanQuota") || p.bool("apiKeyRequired", false)) {
            Call plan = Call.struct(USAGE_PLAN_PROPS)
                    .set("apiStages", "$T.of($T.builder().api($N).stage($N.getDeploymentStage()).build())", List.class, PER_API_STAGE,
                            ctx.var(c), ctx.var(c));
            if (p.isSet("usagePlanRateLimit") || p.isSet("usagePlanBurstLimit")) {
                plan.set("throttle", Call.struct(THROTTLE).number("rateLimit", p.integer("usagePlanRateLimit", 100))
                        .number("burstLimit", p.integer("usagePlanBurstLimit", 50)).build());
            }
            if (p.isSet("usagePlanQuota")) {
                plan.set("quota", Call.struct(QUOTA).number("limit", p.integer("usagePlanQuota", 10000))
                        .set("period", Cdk.constant(PERIOD, p.string("usagePlanQuotaPeriod", "MONTH"))).build());
            }
            String planVar = ctx.local(USAGE_PLAN, ctx.var(c) + "UsagePlan", CodeBlock.of("$N.addUsagePlan($S, $L)", ctx.var(c), "UsagePlan", plan.build()));
            if (p.bool("apiKeyRequired", false)) {
                ctx.statement("$N.addApiKey($N.addApiKey($S))", planVar, ctx.var(c), "ApiKey");
            }
        }
        if (ctx.outgoing(c, ConnectionKind.INTEGRATES, ConnectionKind.READS).stream().noneMatch(x -> integrable(ctx.component(x.to())))) {
            // API Gateway deploys no API without a method: a placeholder until the design routes somewhere
            ctx.statement("$N.getRoot().addMethod($S, new $T($L))", ctx.var(c), "GET", MOCK_INTEGRATION,
                    Call.struct(INTEGRATION_OPTIONS).set("requestTemplates", "$T.of($S, $S)", Map.class, "application/json", "{\"statusCode\": 200}")
                            .set("integrationResponses", "$T.of($T.builder().statusCode($S).build())", List.class, INTEGRATION_RESPONSE, "200").build());
        }
    }

    private static boolean integrable(Component target) {
        return target != null && !target.type().startsWith("aws.cloudformation");
    }

    /** The authorizer of the first user pool or function that authorizes the API, declared before it. */
    private static CodeBlock authorizer(Component api, StackContext ctx) {
        for (Connection a : ctx.incoming(api, ConnectionKind.AUTHORIZES)) {
            Component from = ctx.component(a.from());
            if (!ctx.hasVariable(from.id())) {
                continue;
            }
            String name = ctx.newConstructId(ctx.constructId(api) + "Authorizer");
            Props ap = ctx.props(a);
            ctx.handled(a);
            if ("aws.cognito.userPool".equals(from.type())) {
                return CodeBlock.of("$N", ctx.local(COGNITO_AUTHORIZER, ctx.var(api) + "Authorizer", Call.construct(COGNITO_AUTHORIZER, name)
                        .set("cognitoUserPools", "$T.of($N)", List.class, ctx.var(from)).build()));
            }
            boolean request = "REQUEST".equals(ap.string("authorizerType", "TOKEN"));
            ClassName type = request ? REQUEST_AUTHORIZER : TOKEN_AUTHORIZER;
            Call auth = Call.construct(type, name).set("handler", ctx.ref(from))
                    .set("resultsCacheTtl", Cdk.seconds(ap.integer("resultTtl", 300)));
            String source = ap.string("identitySource", "method.request.header.Authorization");
            String header = source.startsWith("method.request.header.") ? source.substring("method.request.header.".length()) : "Authorization";
            if (request) {
                auth.set("identitySources", "$T.of($T.header($S))", List.class, IDENTITY_SOURCE, header);
            } else {
                auth.set("identitySource", "$T.header($S)", IDENTITY_SOURCE, header);
            }
            return CodeBlock.of("$N", ctx.local(type, ctx.var(api) + "Authorizer", auth.build()));
        }
        return null;
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        Component api = ctx.component(conn.from());
        Component target = ctx.component(conn.to());
        if (conn.kind() == ConnectionKind.USES && "aws.certificatemanager.certificate".equals(target.type())) {
            String domain = CustomDomains.claim(api, target, ctx);
            if (domain != null) {
                ctx.statement("$N.addDomainName($S, $T.builder().domainName($S).certificate($N).endpointType($T.REGIONAL)"
                                + ".securityPolicy($T.TLS_1_2).build())", ctx.var(api), "Domain", Cdk.of("apigateway", "DomainNameOptions"),
                        domain, ctx.var(target), ENDPOINT_TYPE, Cdk.of("apigateway", "SecurityPolicy"));
            }
            return true;
        }
        if (conn.kind() != ConnectionKind.INTEGRATES && conn.kind() != ConnectionKind.READS) {
            return false;
        }
        boolean external = ExternalWriter.HTTP_ENDPOINT.equals(target.type());
        if (!external && !ctx.hasVariable(target.id())) {
            return false;
        }
        Props p = ctx.props(conn);
        boolean lambda = "aws.lambda.function".equals(target.type());
        boolean http = external || target.type().startsWith("aws.elbv2");
        String method = p.string("method", lambda || http ? "ANY" : conn.kind() == ConnectionKind.READS ? "GET" : "POST");
        String path = route(api, conn, p.string("path", http ? "/{proxy+}" : "/"), method, target, ctx);
        CodeBlock integration;
        CodeBlock options = null;
        if (lambda) {
            Call o = Call.struct(LAMBDA_INTEGRATION_OPTIONS);
            if (!p.bool("proxy", true)) {
                o.bool("proxy", false).set("integrationResponses", "$T.of($T.builder().statusCode($S).build())", List.class, INTEGRATION_RESPONSE, "200");
                options = Call.struct(METHOD_OPTIONS).set("methodResponses", "$T.of($T.builder().statusCode($S).build())", List.class,
                        METHOD_RESPONSE, "200").build();
            }
            if (p.isSet("timeout")) {
                o.set("timeout", Cdk.millis(p.integer("timeout", 29000)));
            }
            integration = o.isEmpty() ? CodeBlock.of("new $T($N)", LAMBDA_INTEGRATION, ctx.var(target))
                    : CodeBlock.of("new $T($N, $L)", LAMBDA_INTEGRATION, ctx.var(target), o.build());
        } else if (http) {
            integration = httpIntegration(api, target, ctx);
        } else {
            integration = ServiceIntegrations.rest(api, conn, target, ctx);
            if (integration == null) {
                return false;
            }
            options = Call.struct(METHOD_OPTIONS).set("methodResponses", "$T.of($T.builder().statusCode($S).build())", List.class,
                    METHOD_RESPONSE, "200").build();
        }
        String validator = ctx.shared("validator:" + api.id(), () -> null);
        if (validator != null) {
            options = Call.struct(METHOD_OPTIONS).set("requestValidator", "$N", validator)
                    .set("methodResponses", "$T.of($T.builder().statusCode($S).build())", List.class, METHOD_RESPONSE, "200").build();
        }
        CodeBlock resource = "/".equals(path) ? CodeBlock.of("$N.getRoot()", ctx.var(api))
                : CodeBlock.of("$N.getRoot().resourceForPath($S)", ctx.var(api), path);
        if (options == null) {
            ctx.statement("$L.addMethod($S, $L)", resource, method, integration);
        } else {
            ctx.statement("$L.addMethod($S, $L, $L)", resource, method, integration, options);
        }
        return true;
    }

    /** The connection's path, made unique per method (a second route to the same path gets the target's name appended). */
    static String route(Component api, Connection conn, String wanted, String method, Component target, StackContext ctx) {
        String path = ApiPaths.clean(wanted);
        Set<String> used = ctx.shared("routes:" + api.id(), HashSet::new);
        String base = "/".equals(path) ? "" : path.replace("/{proxy+}", "");
        String candidate = path;
        for (int n = 1; !used.add(method + " " + candidate); n++) {
            candidate = base + "/" + Assets.kebab(ctx.constructId(target)) + (n > 1 ? "-" + n : "");
        }
        return candidate;
    }

    private static CodeBlock httpIntegration(Component api, Component target, StackContext ctx) {
        CodeBlock props = Call.struct(HTTP_INTEGRATION_PROPS).string("httpMethod", "ANY").bool("proxy", true).build();
        if ("aws.elbv2.networkLoadBalancer".equals(target.type())) {
            String link = ctx.shared("vpcLink:" + target.id(), () -> ctx.local(VPC_LINK, ctx.var(target) + "Link",
                    Call.construct(VPC_LINK, ctx.newConstructId(ctx.constructId(target) + "Link"))
                            .set("targets", "$T.of($N)", List.class, ctx.var(target)).build()));
            return CodeBlock.of("new $T($L)", INTEGRATION, Call.struct(INTEGRATION_PROPS)
                    .set("type", "$T.HTTP_PROXY", INTEGRATION_TYPE)
                    .string("integrationHttpMethod", "ANY")
                    .set("uri", "$S + $N.getLoadBalancerDnsName()", "http://", ctx.var(target))
                    .set("options", Call.struct(INTEGRATION_OPTIONS).set("connectionType", "$T.VPC_LINK", CONNECTION_TYPE)
                            .set("vpcLink", "$N", link).build())
                    .build());
        }
        if ("aws.elbv2.applicationLoadBalancer".equals(target.type())) {
            return CodeBlock.of("new $T($S + $N.getLoadBalancerDnsName(), $L)", HTTP_INTEGRATION, "http://", ctx.var(target), props);
        }
        return CodeBlock.of("new $T($S, $L)", HTTP_INTEGRATION, ExternalWriter.url(target, ctx), props);
    }
}
