package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.List;
import org.patternboard.exporters.cloudformation.core.DomainClaims;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;

/** Route paths, stage names and pieces every API Gateway emitter needs. */
final class ApiPaths {
    /** Access log lines as JSON (API Gateway context variables). */
    static final String ACCESS_LOG_FORMAT = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\","
            + "\"requestTime\":\"$context.requestTime\",\"httpMethod\":\"$context.httpMethod\","
            + "\"path\":\"$context.path\",\"status\":\"$context.status\",\"responseLength\":\"$context.responseLength\"}";

    private ApiPaths() {
    }

    /**
     * A path API Gateway accepts: segments of letters, digits and . _ - : or {param} / {param+}; anything
     * else becomes '-'. Always starts with '/', never ends with one (except the root).
     */
    static String path(String raw) {
        if (raw == null || raw.isBlank()) {
            return "/";
        }
        List<String> segments = new ArrayList<>();
        for (String s : raw.split("/")) {
            if (s.isEmpty()) {
                continue;
            }
            if (s.matches("\\{[A-Za-z_][A-Za-z0-9_]*\\+?}")) {
                segments.add(s);
            } else {
                String clean = s.replaceAll("[^A-Za-z0-9._:-]", "-");
                segments.add(clean.length() > 100 ? clean.substring(0, 100) : clean);
            }
        }
        return "/" + String.join("/", segments);
    }

    static String join(String path, String segment) {
        return "/".equals(path) ? "/" + segment : path + "/" + segment;
    }

    /** A stage name API Gateway accepts (letters, digits, underscores). */
    static String stage(String raw) {
        String s = raw == null ? "" : raw.replaceAll("[^A-Za-z0-9_]", "_");
        return s.isEmpty() ? "prod" : s.length() > 128 ? s.substring(0, 128) : s;
    }

    /**
     * Claims a custom domain name for one API of the template; false when another API has it already (a
     * domain name can front one API only, and CloudFormation refuses two resources for the same name).
     */
    /** The stack's plan of which API serves which custom domain name. */
    static DomainClaims domains(ExportContext ctx) {
        return ctx.state("domain-claims", () -> DomainClaims.of(ctx.design(), ctx::props));
    }

    /**
     * A short fingerprint of the resources a deployment snapshots. It goes into the deployment's logical id,
     * so changing a route replaces the deployment and the change goes live (a deployment that stays the same
     * resource would keep serving the old routes).
     */
    static String fingerprint(ExportContext ctx, List<String> logicalIds) {
        List<Object> trees = new ArrayList<>();
        for (String id : logicalIds) {
            trees.add(ctx.template().resource(id).orElseThrow().toTree());
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(
                    org.patternboard.exporters.cloudformation.template.TemplateWriter.json(
                            java.util.Map.of("resources", trees)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest, 0, 4).toUpperCase(java.util.Locale.ROOT);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The invocation URI of a function for API Gateway integrations and authorizers. */
    static Object lambdaUri(String functionId) {
        return Fn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${"
                + functionId + ".Arn}/invocations");
    }

    /**
     * The account-wide CloudWatch role of API Gateway, which REST and WebSocket stage logging needs. Created
     * once per template, and only when a design asks for that logging.
     */
    /** The log groups API Gateway writes execution logs to: API-Gateway-Execution-Logs_{api id}/{stage}. */
    static final String EXECUTION_LOGS = "API-Gateway-Execution-Logs_*";

    static String accountLoggingRole(ExportContext ctx) {
        return ctx.state("apigateway-account", () -> {
            Resource role = ctx.template().add(ctx.sharedId("ApiGatewayCloudWatchRole"), "AWS::IAM::Role");
            role.put("AssumeRolePolicyDocument", Fn.map("Version", "2012-10-17", "Statement", List.of(Fn.map(
                    "Effect", "Allow", "Principal", Fn.map("Service", "apigateway.amazonaws.com"),
                    "Action", "sts:AssumeRole"))));
            // write-only: the role creates and writes API Gateway's execution log groups and reads none
            String groups = "arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:";
            role.put("Policies", List.of(Fn.map("PolicyName", "push-logs", "PolicyDocument", Fn.map(
                    "Version", "2012-10-17", "Statement", List.of(
                            Fn.map("Sid", "WriteExecutionLogs",
                                    "Effect", "Allow",
                                    "Action", List.of("logs:CreateLogGroup", "logs:CreateLogStream",
                                            "logs:DescribeLogStreams", "logs:PutLogEvents"),
                                    "Resource", List.of(Fn.sub(groups + EXECUTION_LOGS),
                                            Fn.sub(groups + EXECUTION_LOGS + ":*"))),
                            Fn.map("Sid", "FindLogGroups",
                                    "Effect", "Allow",
                                    "Action", "logs:DescribeLogGroups",
                                    "Resource", Fn.sub(groups + "*")))))));
            Resource account = ctx.template().add(ctx.sharedId("ApiGatewayAccount"), "AWS::ApiGateway::Account");
            account.put("CloudWatchRoleArn", Fn.getAtt(role.logicalId(), "Arn"));
            return account.logicalId();
        });
    }
}
