package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Step Functions state machines. Unless the design gives its own definition (Amazon States Language), the
 * workflow is the {@code orchestrates} connections in id order, one task construct each
 * ({@code LambdaInvoke}, {@code DynamoPutItem}, {@code SqsSendMessage}, {@code SnsPublish},
 * {@code EventBridgePutEvents}, {@code EcsRunTask}, {@code StepFunctionsStartExecution},
 * {@code CallApiGatewayRestApiEndpoint}, {@code CallAwsService}...), with the connection's retries, catch and
 * result path; the task constructs grant the state machine what it calls.
 */
final class StepFunctionsConstructWriter implements ConstructWriter {
    static final String TYPE = "aws.stepfunctions.stateMachine";
    static final ClassName STATE_MACHINE = Cdk.of("stepfunctions", "StateMachine");
    static final ClassName DEFINITION_BODY = Cdk.of("stepfunctions", "DefinitionBody");
    static final ClassName CHAIN = Cdk.of("stepfunctions", "Chain");
    static final ClassName PASS = Cdk.of("stepfunctions", "Pass");
    static final ClassName FAIL = Cdk.of("stepfunctions", "Fail");
    static final ClassName TASK_INPUT = Cdk.of("stepfunctions", "TaskInput");
    static final ClassName JSON_PATH = Cdk.of("stepfunctions", "JsonPath");
    static final ClassName RETRY_PROPS = Cdk.of("stepfunctions", "RetryProps");
    static final ClassName CATCH_PROPS = Cdk.of("stepfunctions", "CatchProps");
    static final ClassName INTEGRATION_PATTERN = Cdk.of("stepfunctions", "IntegrationPattern");
    static final ClassName LOG_OPTIONS = Cdk.of("stepfunctions", "LogOptions");
    static final ClassName LOG_LEVEL = Cdk.of("stepfunctions", "LogLevel");
    static final ClassName I_CHAINABLE = Cdk.of("stepfunctions", "IChainable");
    static final String TASKS = Cdk.BASE + ".services.stepfunctions.tasks";

    @Override
    public List<String> types() {
        return List.of(TYPE);
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>(Keys.prerequisites(c, ctx));
        ctx.outgoing(c, ConnectionKind.ORCHESTRATES).forEach(o -> pre.add(o.to()));
        if (ctx.props(c).value("definition") instanceof Map<?, ?> m) {
            java.util.regex.Matcher ids = java.util.regex.Pattern.compile("\\$\\{([^}]+)}").matcher(m.toString());
            while (ids.find()) {
                if (ctx.component(ids.group(1)) != null) {
                    pre.add(ids.group(1));
                }
            }
        }
        return pre;
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        CodeBlock definition;
        Object own = p.value("definition");
        Map<String, CodeBlock> substitutions = new java.util.TreeMap<>();
        if (own instanceof Map<?, ?> m && m.containsKey("StartAt")) {
            definition = CodeBlock.of("$T.fromString($T.of(this).toJsonString($L))", DEFINITION_BODY, Cdk.STACK, Literals.map(m));
            substitutions = substitutions(c, m, ctx);
        } else {
            List<String> steps = new ArrayList<>();
            for (Connection o : ctx.outgoing(c, ConnectionKind.ORCHESTRATES)) {
                String step = task(c, o, ctx);
                if (step != null) {
                    steps.add(step);
                    ctx.handled(o);
                }
            }
            if (steps.isEmpty()) {
                steps.add(ctx.local(PASS, ctx.var(c) + "Start", CodeBlock.of("new $T(this, $S)",
                        PASS, ctx.newConstructId(ctx.constructId(c) + "Start"))));
            }
            CodeBlock chain = CodeBlock.of("$T.start($N)", CHAIN, steps.get(0));
            for (String s : steps.subList(1, steps.size())) {
                chain = CodeBlock.of("$L$>\n.next($N)$<", chain, s);
            }
            definition = CodeBlock.of("$T.fromChainable($L)", DEFINITION_BODY, chain);
        }
        Call sm = Call.construct(STATE_MACHINE, ctx.constructId(c)).set("definitionBody", definition);
        if (!substitutions.isEmpty()) {
            List<CodeBlock> entries = new ArrayList<>();
            substitutions.forEach((k, v) -> entries.add(CodeBlock.of("$S, $L", k, v)));
            sm.set("definitionSubstitutions", entries.size() <= 10
                    ? CodeBlock.of("$T.of($>\n$L)$<", Map.class, CodeBlock.join(entries, ",\n"))
                    : CodeBlock.of("$T.ofEntries($L)", Map.class, CodeBlock.join(entries.stream()
                            .map(e -> CodeBlock.of("$T.entry($L)", Map.class, e)).toList(), ", ")));
        }
        Map<String, Object> key = new LinkedHashMap<>();
        // always stated (its mapping says so), as in the CloudFormation export: STANDARD and EXPRESS differ in
        // price and semantics
        MappedSetters.apply(c, ctx, sm, "AWS::StepFunctions::StateMachine", key, "type");
        if (p.isSet("timeout")) {
            sm.set("timeout", Cdk.duration(p.integer("timeout", 60)));
        }
        if (p.bool("tracing", false)) {
            sm.bool("tracingEnabled", true);
            key.put("TracingConfiguration", Map.of("Enabled", true));
        }
        String level = p.string("logging", "OFF");
        if (!"OFF".equals(level)) {
            String logs = ctx.local(ObservabilityConstructWriter.LOG_GROUP, ctx.var(c) + "Logs",
                    Call.construct(ObservabilityConstructWriter.LOG_GROUP, ctx.newConstructId(ctx.constructId(c) + "Logs"))
                            .set("retention", Retention.of("30")).build());
            sm.set("logs", Call.struct(LOG_OPTIONS)
                    .set("destination", "$N", logs)
                    .set("level", Cdk.constant(LOG_LEVEL, level))
                    .bool("includeExecutionData", p.bool("includeExecutionData", false)).build());
        }
        Keys.key(c, ctx).ifPresent(k -> sm.set("encryptionConfiguration",
                "new $T($L)", Cdk.of("stepfunctions", "CustomerManagedEncryptionConfiguration"), k));
        ctx.declare(c, STATE_MACHINE, sm.build());
        ctx.expect(c, "AWS::StepFunctions::StateMachine", key);
        for (String id : substitutions.keySet()) {
            grantUse(c, ctx.component(id), ctx);
        }
        if (own instanceof Map<?, ?> m && m.containsKey("StartAt")) {
            for (Connection o : ctx.outgoing(c, ConnectionKind.ORCHESTRATES)) {
                if (!ctx.isHandled(o) && ctx.hasVariable(o.to())) {
                    grantUse(c, ctx.component(o.to()), ctx);
                }
            }
        }
    }

    /**
     * A definition of the design's own refers to components as {@code ${componentId}}: each becomes a definition
     * substitution with the value its task needs (a function's ARN, a table's name, a queue's URL...).
     */
    private static Map<String, CodeBlock> substitutions(Component sm, Map<?, ?> definition, StackContext ctx) {
        Map<String, CodeBlock> subs = new java.util.TreeMap<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\$\\{([^}]+)}").matcher(definition.toString());
        while (m.find()) {
            String id = m.group(1);
            Component target = ctx.component(id);
            if (target == null || !ctx.hasVariable(id) || id.equals(sm.id())) {
                continue;
            }
            String v = ctx.var(id);
            CodeBlock value = switch (target.type()) {
                case "aws.lambda.function" -> CodeBlock.of("$N.getFunctionArn()", v);
                case "aws.dynamodb.table" -> CodeBlock.of("$N.getTableName()", v);
                case "aws.sqs.queue" -> CodeBlock.of("$N.getQueueUrl()", v);
                case "aws.sns.topic" -> CodeBlock.of("$N.getTopicArn()", v);
                case TYPE -> CodeBlock.of("$N.getStateMachineArn()", v);
                case "aws.events.eventBus" -> CodeBlock.of("$N.getEventBusName()", v);
                case "aws.s3.bucket" -> CodeBlock.of("$N.getBucketName()", v);
                case "aws.kinesis.stream" -> CodeBlock.of("$N.getStreamName()", v);
                default -> null;
            };
            if (value != null) {
                subs.put(id, value);
            }
        }
        return subs;
    }

    /** What the state machine may do with a component its own definition calls. */
    private static void grantUse(Component sm, Component target, StackContext ctx) {
        String v = ctx.var(target);
        String method = switch (target.type()) {
            case "aws.lambda.function" -> "grantInvoke";
            case "aws.dynamodb.table" -> "grantReadWriteData";
            case "aws.sqs.queue" -> "grantSendMessages";
            case "aws.sns.topic" -> "grantPublish";
            case TYPE -> "grantStartExecution";
            case "aws.events.eventBus" -> "grantPutEventsTo";
            case "aws.s3.bucket" -> "grantReadWrite";
            case "aws.kinesis.stream" -> "grantWrite";
            default -> null;
        };
        if (method != null) {
            ctx.statement("$N.$N($N)", v, method, ctx.var(sm));
        }
        for (Connection o : ctx.outgoing(sm, ConnectionKind.ORCHESTRATES)) {
            if (o.to().equals(target.id())) {
                ctx.handled(o);
            }
        }
    }

    /** One task for an orchestrates connection; its variable, or null when the target cannot be called. */
    private static String task(Component sm, Connection o, StackContext ctx) {
        Component target = ctx.component(o.to());
        boolean external = ExternalWriter.HTTP_ENDPOINT.equals(target.type());
        boolean apiOnly = target.type().endsWith(".service");
        if (!external && !apiOnly && !ctx.hasVariable(target.id())) {
            return null;
        }
        Props cp = ctx.props(o);
        String pattern = cp.string("integrationPattern", "REQUEST_RESPONSE");
        String name = ctx.newConstructId(ctx.constructId(sm) + verb(target.type()) + ctx.constructId(target));
        String v = ctx.var(target);
        ClassName type;
        Call t;
        boolean patternSupported = false;
        switch (target.type()) {
            case "aws.lambda.function" -> {
                type = ClassName.get(TASKS, "LambdaInvoke");
                t = Call.construct(type, name).set("lambdaFunction", "$N", v);
                if ("WAIT_FOR_TASK_TOKEN".equals(pattern)) {
                    t.set("payload", "$T.fromObject($T.of($S, $T.getTaskToken(), $S, $S))", TASK_INPUT, Map.class,
                            "taskToken", JSON_PATH, "input.$", "$");
                    patternSupported = true;
                } else {
                    t.string("outputPath", "$.Payload");
                }
            }
            case "aws.dynamodb.table" -> {
                type = ClassName.get(TASKS, "DynamoPutItem");
                String pk = ctx.props(target).exported("partitionKey");
                t = Call.construct(type, name).set("table", "$N", v)
                        .set("item", "$T.of($S, $T.fromString($T.stringAt($S)))", Map.class, pk,
                                ClassName.get(TASKS, "DynamoAttributeValue"), JSON_PATH, "$$.Execution.Name");
            }
            case "aws.sqs.queue" -> {
                type = ClassName.get(TASKS, "SqsSendMessage");
                t = Call.construct(type, name).set("queue", "$N", v);
                if ("WAIT_FOR_TASK_TOKEN".equals(pattern)) {
                    t.set("messageBody", "$T.fromObject($T.of($S, $T.getTaskToken(), $S, $S))", TASK_INPUT, Map.class,
                            "taskToken", JSON_PATH, "input.$", "$");
                    patternSupported = true;
                } else {
                    t.set("messageBody", "$T.fromJsonPathAt($S)", TASK_INPUT, "$");
                }
                if (ctx.props(target).bool("fifo", false)) {
                    t.string("messageGroupId", ctx.constructId(sm));
                }
            }
            case "aws.sns.topic" -> {
                type = ClassName.get(TASKS, "SnsPublish");
                t = Call.construct(type, name).set("topic", "$N", v).set("message", "$T.fromJsonPathAt($S)", TASK_INPUT, "$");
                if (ctx.props(target).bool("fifo", false)) {
                    t.string("messageGroupId", ctx.constructId(sm));
                }
            }
            case "aws.events.eventBus" -> {
                type = ClassName.get(TASKS, "EventBridgePutEvents");
                t = Call.construct(type, name).set("entries", "$T.of($L)", List.class,
                        Call.struct(ClassName.get(TASKS, "EventBridgePutEventsEntry"))
                                .set("eventBus", "$N", v)
                                .string("source", "patternboard." + ctx.constructId(sm))
                                .string("detailType", ctx.constructId(sm))
                                .set("detail", "$T.fromJsonPathAt($S)", TASK_INPUT, "$").build());
            }
            case "aws.ecs.fargateTask" -> {
                type = ClassName.get(TASKS, "EcsRunTask");
                t = Call.construct(type, name)
                        .set("cluster", EcsConstructWriter.cluster(ctx, target))
                        .set("taskDefinition", "$N", v)
                        .set("launchTarget", "new $T()", ClassName.get(TASKS, "EcsFargateLaunchTarget"))
                        .set("subnets", Network.privateSubnets());
                patternSupported = !"WAIT_FOR_TASK_TOKEN".equals(pattern);
            }
            case TYPE -> {
                type = ClassName.get(TASKS, "StepFunctionsStartExecution");
                t = Call.construct(type, name).set("stateMachine", "$N", v);
                patternSupported = !"WAIT_FOR_TASK_TOKEN".equals(pattern);
            }
            case "aws.s3.bucket" -> {
                type = ClassName.get(TASKS, "CallAwsService");
                t = Call.construct(type, name).string("service", "s3").string("action", "putObject")
                        .set("parameters", "$T.of($S, $N.getBucketName(), $S, $T.stringAt($S), $S, $T.stringAt($S))", Map.class,
                                "Bucket", v, "Key", JSON_PATH, "$$.Execution.Name", "Body", JSON_PATH, "$")
                        .set("iamResources", "$T.of($N.arnForObjects($S))", List.class, v, "*");
            }
            case "aws.apigateway.restApi" -> {
                type = ClassName.get(TASKS, "CallApiGatewayRestApiEndpoint");
                t = Call.construct(type, name).set("api", "$N", v)
                        .string("stageName", ctx.props(target).string("stageName", "prod"))
                        .set("method", "$T.POST", ClassName.get(TASKS, "HttpMethod"));
            }
            case "aws.apigatewayv2.httpApi" -> {
                type = ClassName.get(TASKS, "CallApiGatewayHttpApiEndpoint");
                t = Call.construct(type, name).set("apiId", "$N.getApiId()", v)
                        .set("apiStack", "$T.of(this)", Cdk.STACK)
                        .set("method", "$T.POST", ClassName.get(TASKS, "HttpMethod"));
            }
            case "aws.polly.service", "aws.translate.service", "aws.comprehend.service", "aws.rekognition.service" -> {
                type = ClassName.get(TASKS, "CallAwsService");
                t = apiCall(type, name, target.type(), ctx.props(target));
            }
            case ExternalWriter.HTTP_ENDPOINT -> {
                type = ClassName.get(TASKS, "HttpInvoke");
                String url = ExternalWriter.url(target, ctx);
                t = Call.construct(type, name)
                        .set("apiRoot", "$S", url)
                        .set("apiEndpoint", "$T.fromText($S)", TASK_INPUT, "/")
                        .set("method", "$T.fromText($S)", TASK_INPUT, "POST")
                        .set("connection", "$N.getConnection()", ApiDestinations.of(target, ctx));
            }
            default -> {
                return null;
            }
        }
        if (patternSupported) {
            t.set("integrationPattern", Cdk.constant(INTEGRATION_PATTERN, pattern));
        }
        if (cp.isSet("resultPath")) {
            t.string("resultPath", cp.string("resultPath"));
        }
        String var = ctx.local(type, ctx.var(sm) + verb(target.type()) + ctx.constructId(target), t.build());
        long retries = cp.integer("retryMaxAttempts", 0);
        if (retries > 0) {
            ctx.statement("$N.addRetry($L)", var, Call.struct(RETRY_PROPS)
                    .number("maxAttempts", retries)
                    .set("interval", Cdk.seconds(cp.integer("retryInterval", 1)))
                    .number("backoffRate", cp.integer("retryBackoffRate", 2)).build());
        }
        if (cp.bool("catch", false)) {
            ctx.statement("$N.addCatch(new $T(this, $S), $L)", var, FAIL, ctx.newConstructId(name + "Failed"),
                    Call.struct(CATCH_PROPS).string("resultPath", "$.error").build());
        }
        return var;
    }

    private static Call apiCall(ClassName type, String name, String service, Props p) {
        Call t = Call.construct(type, name);
        switch (service) {
            case "aws.polly.service" -> t.string("service", "polly").string("action", "synthesizeSpeech")
                    .set("parameters", "$T.of($S, $S, $S, $S, $S, $S)", Map.class, "Text.$", "$.text", "OutputFormat",
                            p.string("outputFormat", "mp3"), "VoiceId", p.string("voiceId", "Joanna"))
                    .set("iamResources", "$T.of($S)", List.class, "*");
            case "aws.translate.service" -> t.string("service", "translate").string("action", "translateText")
                    .set("parameters", "$T.of($S, $S, $S, $S, $S, $S)", Map.class, "Text.$", "$.text", "SourceLanguageCode",
                            p.string("sourceLanguage", "auto"), "TargetLanguageCode", p.string("targetLanguage", "en"))
                    .set("iamResources", "$T.of($S)", List.class, "*")
                    .set("iamAction", "$S", "translate:TranslateText");
            case "aws.comprehend.service" -> t.string("service", "comprehend").string("action", "detectSentiment")
                    .set("parameters", "$T.of($S, $S, $S, $S)", Map.class, "Text.$", "$.text", "LanguageCode", p.string("languageCode", "en"))
                    .set("iamResources", "$T.of($S)", List.class, "*");
            default -> t.string("service", "rekognition").string("action", "detectLabels")
                    .set("parameters", "$T.of($S, $S)", Map.class, "Image.$", "$.image")
                    .set("iamResources", "$T.of($S)", List.class, "*");
        }
        return t;
    }

    private static String verb(String type) {
        return switch (type) {
            case "aws.lambda.function" -> "Invoke";
            case "aws.dynamodb.table" -> "Put";
            case "aws.sqs.queue" -> "Send";
            case "aws.sns.topic", "aws.events.eventBus" -> "Publish";
            case "aws.ecs.fargateTask" -> "Run";
            case TYPE -> "Start";
            case "aws.s3.bucket" -> "Store";
            default -> "Call";
        };
    }

    @Override
    public boolean wireTo(Connection conn, StackContext ctx) {
        Component from = ctx.component(conn.from());
        Component sm = ctx.component(conn.to());
        if (conn.kind() == ConnectionKind.INVOKES && ctx.hasVariable(sm.id()) && Grants.grantee(from, ctx) != null) {
            boolean sync = "StartSyncExecution".equals(ctx.props(conn).string("operation"));
            ctx.statement("$N.$N($L)", ctx.var(sm), sync ? "grantStartSyncExecution" : "grantStartExecution", Grants.grantee(from, ctx));
            Grants.environment(from, sm, ctx);
            return true;
        }
        return false;
    }
}
