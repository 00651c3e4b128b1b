package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * EventBridge Pipes: source (the queue, stream, table or broker that triggers the pipe), filter, optional
 * input template, target. A pipe has one target; a component that routes to several becomes one pipe per
 * target. Stream sources get the dead-letter target the pipe fails to.
 */
final class PipesEmitter implements Emitter {
    static final String PIPE = "aws.pipes.pipe";

    @Override
    public List<String> types() {
        return List.of(PIPE);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Connection source = null;
        for (Connection in : ctx.incoming(c, ConnectionKind.TRIGGERS)) {
            source = in;
            break;
        }
        List<Connection> targets = ctx.outgoing(c, ConnectionKind.ROUTES);
        if (source == null || targets.isEmpty()) {
            ctx.notExported(c, "a pipe needs a source (a queue, stream, table or broker that triggers it) and a target");
            return;
        }
        Component from = ctx.component(source.from());
        boolean first = true;
        for (Connection t : targets) {
            Resource pipe = first ? ctx.add(c, "AWS::Pipes::Pipe") : ctx.add(t, "Pipe", "AWS::Pipes::Pipe");
            first = false;
            pipe.put("RoleArn", ctx.roleArn(c));
            pipe.put("DesiredState", p.string("desiredState"));
            pipe.put("Source", ctx.reference(from, DynamoDbEmitter.TABLE.equals(from.type()) ? "streamArn" : "arn"));
            pipe.put("SourceParameters", sourceParameters(c, from, source, ctx, p));
            Component target = ctx.component(t.to());
            pipe.put("Target", EventTargets.arn(ctx, target));
            Map<String, Object> targetParameters = targetParameters(c, target, ctx, p);
            if (!targetParameters.isEmpty()) {
                pipe.put("TargetParameters", targetParameters);
            }
            // Pipes checks its role may read the source when the pipe is created
            pipe.dependsOn(ctx.iam().policyId(c.id()));
        }
    }

    private static Map<String, Object> sourceParameters(Component pipe, Component from, Connection source,
            ExportContext ctx, Props p) {
        Props sp = ctx.props(source);
        Long batch = p.integer("batchSize") != null ? p.integer("batchSize") : sp.integer("batchSize");
        Map<String, Object> m = Fn.map();
        Object dlq = null;
        for (Connection f : ctx.outgoing(pipe, ConnectionKind.FAILS_TO)) {
            dlq = Fn.map("Arn", ctx.reference(ctx.component(f.to()), "arn"));
            break;
        }
        Long window = p.integer("maximumBatchingWindow", 0) > 0 ? p.integer("maximumBatchingWindow") : null;
        switch (from.type()) {
            case SqsEmitter.QUEUE -> m.put("SqsQueueParameters", Fn.map("BatchSize", batch,
                    "MaximumBatchingWindowInSeconds", window));
            case KinesisEmitter.STREAM -> m.put("KinesisStreamParameters", Fn.map(
                    "StartingPosition", sp.string("startingPosition"), "BatchSize", batch,
                    "MaximumBatchingWindowInSeconds", window, "DeadLetterConfig", dlq,
                    "MaximumRetryAttempts", sp.isSet("maximumRetryAttempts") ? sp.integer("maximumRetryAttempts") : null));
            case DynamoDbEmitter.TABLE -> m.put("DynamoDBStreamParameters", Fn.map(
                    "StartingPosition", sp.string("startingPosition"), "BatchSize", batch,
                    "MaximumBatchingWindowInSeconds", window, "DeadLetterConfig", dlq,
                    "MaximumRetryAttempts", sp.isSet("maximumRetryAttempts") ? sp.integer("maximumRetryAttempts") : null));
            case MqEmitter.BROKER -> {
                List<Object> queues = sp.list("queues");
                String queue = queues.isEmpty() ? "patternboard" : String.valueOf(queues.get(0));
                String key = MqEmitter.isRabbit(ctx, from) ? "RabbitMQBrokerParameters" : "ActiveMQBrokerParameters";
                m.put(key, Fn.map("Credentials", Fn.map("BasicAuth", ctx.reference(from, "credentials")),
                        "QueueName", queue, "BatchSize", batch));
            }
            default -> throw new IllegalStateException("pipe source " + from.type());
        }
        Object filter = p.value("filterPattern");
        if (filter instanceof Map<?, ?> f && !f.isEmpty()) {
            m.put("FilterCriteria", Fn.map("Filters", List.of(Fn.map("Pattern", LambdaEmitter.json(filter)))));
        }
        return m;
    }

    private static Map<String, Object> targetParameters(Component pipe, Component target, ExportContext ctx, Props p) {
        Map<String, Object> m = Fn.map();
        if (p.string("inputTemplate") != null && !p.string("inputTemplate").isEmpty()) {
            m.put("InputTemplate", p.string("inputTemplate"));
        }
        switch (target.type()) {
            case LambdaEmitter.FUNCTION -> m.put("LambdaFunctionParameters", Fn.map("InvocationType", "REQUEST_RESPONSE"));
            case "aws.stepfunctions.stateMachine" -> m.put("StepFunctionStateMachineParameters",
                    Fn.map("InvocationType", "FIRE_AND_FORGET"));
            case KinesisEmitter.STREAM -> m.put("KinesisStreamParameters", Fn.map("PartitionKey", ctx.id(pipe)));
            case "aws.ecs.fargateTask" -> m.put("EcsTaskParameters", Fn.map(
                    "TaskDefinitionArn", ctx.reference(target, "arn"),
                    "LaunchType", "FARGATE",
                    "TaskCount", 1L,
                    "NetworkConfiguration", Fn.map("AwsvpcConfiguration", Fn.map(
                            "Subnets", ctx.reference(target, "subnets"),
                            "SecurityGroups", List.of(ctx.reference(target, "securityGroupId")),
                            "AssignPublicIp", "DISABLED"))));
            case EventsEmitter.BUS -> m.put("EventBridgeEventBusParameters", Fn.map(
                    "DetailType", "Pipe Event", "Source", "patternboard." + ctx.id(pipe)));
            default -> {
                if (EventTargets.isFifoQueue(ctx, target)) {
                    m.put("SqsQueueParameters", Fn.map("MessageGroupId", ctx.id(pipe)));
                }
            }
        }
        return m;
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return switch (form) {
            case "arn" -> Fn.getAtt(ctx.id(c), "Arn");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.ROUTES || conn.kind() == ConnectionKind.FAILS_TO;
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.TRIGGERS;
    }
}
