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
 * Step Functions state machines. Unless the design gives a definition, the workflow is generated from the
 * orchestrates connections: one Task state per connection (optimised service integrations, the HTTP task
 * for endpoints, AWS SDK integrations for API-only services), in connection order, with the modelled retry
 * and catch. ARNs enter the definition through DefinitionSubstitutions, so the definition stays readable.
 */
final class StepFunctionsEmitter implements Emitter {
    static final String STATE_MACHINE = "aws.stepfunctions.stateMachine";

    @Override
    public List<String> types() {
        return List.of(STATE_MACHINE);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        String id = ctx.id(c);
        ctx.role(c);
        Resource sm = ctx.add(c, "AWS::StepFunctions::StateMachine");
        MappedProperties.emit(c, sm, p, ctx, "type");
        sm.put("RoleArn", ctx.roleArn(c));
        Map<String, Object> substitutions = new LinkedHashMap<>();
        Object given = p.value("definition");
        if (given instanceof Map<?, ?> m && !m.isEmpty()) {
            sm.put("Definition", given);
        } else {
            sm.put("Definition", definition(c, ctx, p, substitutions));
        }
        if (!substitutions.isEmpty()) {
            sm.put("DefinitionSubstitutions", substitutions);
        }
        if (p.bool("tracing", false)) {
            sm.put("TracingConfiguration", Fn.map("Enabled", true));
            ctx.iam().allowOwn(c.id(), "WriteTraces", ctx.grants().baseline("xray"), List.of("*"));
        }
        String logging = p.string("logging");
        if (!"OFF".equals(logging)) {
            Resource logGroup = Support.logGroup(ctx, c, "LogGroup", "30");
            sm.put("LoggingConfiguration", Fn.map(
                    "Level", logging,
                    "IncludeExecutionData", p.bool("includeExecutionData", false),
                    "Destinations", List.of(Fn.map("CloudWatchLogsLogGroup",
                            Fn.map("LogGroupArn", Fn.getAtt(logGroup.logicalId(), "Arn"))))));
            ctx.iam().allowOwn(c.id(), "DeliverLogs", ctx.grants().baseline("logDelivery"), List.of("*"));
        }
        ctx.output(c, "Arn", Fn.ref(id), "State machine ARN");
    }

    private static Map<String, Object> definition(Component c, ExportContext ctx, Props p, Map<String, Object> subs) {
        Map<String, Object> states = new LinkedHashMap<>();
        List<Connection> tasks = ctx.outgoing(c, ConnectionKind.ORCHESTRATES);
        List<String> names = new ArrayList<>();
        for (Connection t : tasks) {
            String name = ctx.id(t.to());
            String unique = name;
            for (int n = 2; names.contains(unique); n++) {
                unique = name + n;
            }
            names.add(unique);
        }
        boolean anyCatch = false;
        for (int i = 0; i < tasks.size(); i++) {
            Connection t = tasks.get(i);
            Props cp = ctx.props(t);
            Map<String, Object> state = task(t, ctx, subs, names.get(i), cp);
            if (cp.string("resultPath") != null && !cp.string("resultPath").isEmpty()) {
                state.put("ResultPath", cp.string("resultPath"));
            }
            if (cp.integer("retryMaxAttempts", 0) > 0) {
                state.put("Retry", List.of(Fn.map(
                        "ErrorEquals", List.of("States.ALL"),
                        "IntervalSeconds", cp.integer("retryInterval"),
                        "MaxAttempts", cp.integer("retryMaxAttempts"),
                        "BackoffRate", cp.integer("retryBackoffRate"))));
            }
            if (cp.bool("catch", false)) {
                anyCatch = true;
                state.put("Catch", List.of(Fn.map("ErrorEquals", List.of("States.ALL"), "ResultPath", "$.error",
                        "Next", "Failed")));
            }
            if (i + 1 < tasks.size()) {
                state.put("Next", names.get(i + 1));
            } else {
                state.put("End", true);
            }
            states.put(names.get(i), state);
        }
        if (tasks.isEmpty()) {
            states.put("Start", Fn.map("Type", "Pass", "End", true));
        }
        if (anyCatch) {
            states.put("Failed", Fn.map("Type", "Fail", "Error", "TaskFailed", "Cause", "A task failed; see the execution history."));
        }
        Map<String, Object> def = Fn.map("Comment", "Generated by Patternboard from the orchestrates connections of " + ctx.id(c),
                "StartAt", tasks.isEmpty() ? "Start" : names.get(0));
        if (p.integer("timeout") != null) {
            def.put("TimeoutSeconds", p.integer("timeout"));
        }
        def.put("States", states);
        return def;
    }

    private static String suffix(Props cp, boolean syncSupported) {
        return switch (cp.string("integrationPattern")) {
            case "RUN_JOB" -> syncSupported ? ".sync" : "";
            case "WAIT_FOR_TASK_TOKEN" -> ".waitForTaskToken";
            default -> "";
        };
    }

    private static Map<String, Object> task(Connection t, ExportContext ctx, Map<String, Object> subs, String name, Props cp) {
        Component target = ctx.component(t.to());
        String var = name;
        boolean token = "WAIT_FOR_TASK_TOKEN".equals(cp.string("integrationPattern"));
        Map<String, Object> state = Fn.map("Type", "Task");
        Map<String, Object> params = Fn.map();
        switch (target.type()) {
            case LambdaEmitter.FUNCTION -> {
                subs.put(var, Fn.getAtt(ctx.id(target), "Arn"));
                state.put("Resource", "arn:aws:states:::lambda:invoke" + suffix(cp, false));
                params.put("FunctionName", "${" + var + "}");
                if (token) {
                    params.put("Payload", Fn.map("token.$", "$$.Task.Token", "input.$", "$"));
                } else {
                    params.put("Payload.$", "$");
                }
            }
            case DynamoDbEmitter.TABLE -> {
                subs.put(var, Fn.ref(ctx.id(target)));
                state.put("Resource", "arn:aws:states:::dynamodb:putItem");
                Props tp = ctx.props(target);
                Map<String, Object> item = Fn.map();
                item.put(tp.exported("partitionKey"), attribute(tp.string("partitionKeyType")));
                if (tp.string("sortKey") != null && !tp.string("sortKey").isEmpty()) {
                    item.putIfAbsent(tp.string("sortKey"), attribute(tp.string("sortKeyType")));
                }
                params.put("TableName", "${" + var + "}");
                params.put("Item", item);
            }
            case SqsEmitter.QUEUE -> {
                subs.put(var, Fn.ref(ctx.id(target)));
                state.put("Resource", "arn:aws:states:::sqs:sendMessage" + suffix(cp, false));
                params.put("QueueUrl", "${" + var + "}");
                if (token) {
                    params.put("MessageBody", Fn.map("token.$", "$$.Task.Token", "input.$", "$"));
                } else {
                    params.put("MessageBody.$", "$");
                }
                if (ctx.props(target).bool("fifo", false)) {
                    params.put("MessageGroupId", name);
                }
            }
            case SnsEmitter.TOPIC -> {
                subs.put(var, Fn.ref(ctx.id(target)));
                state.put("Resource", "arn:aws:states:::sns:publish" + suffix(cp, false));
                params.put("TopicArn", "${" + var + "}");
                if (token) {
                    params.put("Message", Fn.map("token.$", "$$.Task.Token", "input.$", "$"));
                } else {
                    params.put("Message.$", "$");
                }
                if (ctx.props(target).bool("fifo", false)) {
                    params.put("MessageGroupId", name);
                }
            }
            case EventsEmitter.BUS -> {
                subs.put(var, ctx.reference(target, "name"));
                state.put("Resource", "arn:aws:states:::events:putEvents" + suffix(cp, false));
                params.put("Entries", List.of(Fn.map(
                        "Detail.$", "$",
                        "DetailType", "Workflow Event",
                        "EventBusName", "${" + var + "}",
                        "Source", "patternboard." + ctx.id(t.from()))));
            }
            case EcsEmitter.TASK -> {
                subs.put(var, ctx.reference(target, "arn"));
                subs.put(var + "Cluster", ctx.reference(target, "clusterArn"));
                state.put("Resource", "arn:aws:states:::ecs:runTask" + suffix(cp, true));
                List<Object> subnets = new ArrayList<>();
                List<?> subnetRefs = (List<?>) ctx.reference(target, "subnets");
                for (int i = 0; i < subnetRefs.size(); i++) {
                    subs.put(var + "Subnet" + (i + 1), subnetRefs.get(i));
                    subnets.add("${" + var + "Subnet" + (i + 1) + "}");
                }
                subs.put(var + "SecurityGroup", ctx.reference(target, "securityGroupId"));
                params.put("LaunchType", "FARGATE");
                params.put("Cluster", "${" + var + "Cluster}");
                params.put("TaskDefinition", "${" + var + "}");
                params.put("NetworkConfiguration", Fn.map("AwsvpcConfiguration", Fn.map(
                        "Subnets", subnets,
                        "SecurityGroups", List.of("${" + var + "SecurityGroup}"),
                        "AssignPublicIp", "DISABLED")));
            }
            case STATE_MACHINE -> {
                subs.put(var, Fn.ref(ctx.id(target)));
                String pattern = cp.string("integrationPattern");
                state.put("Resource", "arn:aws:states:::states:startExecution"
                        + ("RUN_JOB".equals(pattern) ? ".sync:2" : suffix(cp, false)));
                params.put("StateMachineArn", "${" + var + "}");
                if (token) {
                    params.put("Input", Fn.map("token.$", "$$.Task.Token", "input.$", "$"));
                } else {
                    params.put("Input.$", "$");
                }
            }
            case S3Emitter.BUCKET -> {
                subs.put(var, Fn.ref(ctx.id(target)));
                state.put("Resource", "arn:aws:states:::aws-sdk:s3:putObject");
                params.put("Bucket", "${" + var + "}");
                params.put("Key.$", "States.Format('{}.json', $$.Execution.Name)");
                params.put("Body.$", "$");
            }
            case "aws.apigateway.restApi", "aws.apigatewayv2.httpApi" -> {
                subs.put(var, ctx.reference(target, "host"));
                state.put("Resource", "arn:aws:states:::apigateway:invoke");
                params.put("ApiEndpoint", "${" + var + "}");
                params.put("Method", "GET");
                params.put("Stage", ctx.reference(target, "stageName") instanceof String s ? s : "$default");
                params.put("Path", "/");
                params.put("AuthType", "IAM_ROLE");
                if (!(ctx.reference(target, "stageName") instanceof String)) {
                    subs.put(var + "Stage", ctx.reference(target, "stageName"));
                    params.put("Stage", "${" + var + "Stage}");
                }
            }
            case "external.httpEndpoint" -> {
                subs.put(var, ctx.reference(target, "url"));
                subs.put(var + "Connection", ctx.reference(target, "connectionArn"));
                state.put("Resource", "arn:aws:states:::http:invoke");
                params.put("ApiEndpoint", "${" + var + "}");
                params.put("Method", "GET");
                params.put("Authentication", Fn.map("ConnectionArn", "${" + var + "Connection}"));
            }
            case "aws.polly.service" -> {
                Props sp = ctx.props(target);
                state.put("Resource", "arn:aws:states:::aws-sdk:polly:synthesizeSpeech");
                params.put("OutputFormat", sp.string("outputFormat", "mp3"));
                params.put("Engine", sp.string("engine"));
                params.put("VoiceId", sp.string("voiceId", "Joanna"));
                params.put("Text.$", "$.text");
            }
            case "aws.translate.service" -> {
                Props sp = ctx.props(target);
                state.put("Resource", "arn:aws:states:::aws-sdk:translate:translateText");
                params.put("SourceLanguageCode", sp.string("sourceLanguage"));
                params.put("TargetLanguageCode", sp.string("targetLanguage", "en"));
                params.put("Text.$", "$.text");
            }
            case "aws.comprehend.service" -> {
                state.put("Resource", "arn:aws:states:::aws-sdk:comprehend:detectSentiment");
                params.put("LanguageCode", ctx.props(target).string("languageCode"));
                params.put("Text.$", "$.text");
            }
            case "aws.rekognition.service" -> {
                state.put("Resource", "arn:aws:states:::aws-sdk:rekognition:detectLabels");
                params.put("Image", Fn.map("S3Object", Fn.map("Bucket.$", "$.bucket", "Name.$", "$.key")));
                params.put("MinConfidence", ctx.props(target).integer("minConfidence"));
            }
            default -> throw new IllegalStateException("no Step Functions task for " + target.type());
        }
        state.put("Parameters", params);
        return state;
    }

    private static Map<String, Object> attribute(String type) {
        return switch (type == null ? "S" : type) {
            case "N" -> Fn.map("N", "0");
            case "B" -> Fn.map("B", "AA==");
            default -> Fn.map("S.$", "$$.Execution.Id");
        };
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (form) {
            case "arn" -> Fn.ref(id);
            case "name" -> Fn.getAtt(id, "Name");
            case "executions" -> Fn.sub("arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:execution:${" + id + ".Name}:*");
            case "sfnSyncRule" -> Fn.sub("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:rule/StepFunctionsGetEventsForStepFunctionsExecutionRule");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("ARN", Fn.ref(ctx.id(c)));
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.ORCHESTRATES;
    }
}
