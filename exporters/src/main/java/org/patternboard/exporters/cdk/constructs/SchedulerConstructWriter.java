package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
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
 * EventBridge Scheduler schedules ({@code CfnSchedule}: this CDK version has no stable L2). One schedule per
 * target it triggers, with a role Scheduler assumes and the target's grant, retries and dead-letter queue.
 */
final class SchedulerConstructWriter implements ConstructWriter {
    static final ClassName SCHEDULE = Cdk.of("scheduler", "CfnSchedule");

    private static ClassName nested(String inner) {
        return Cdk.nested("scheduler", "CfnSchedule", inner);
    }

    @Override
    public List<String> types() {
        return List.of("aws.scheduler.schedule");
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>();
        ctx.outgoing(c, ConnectionKind.TRIGGERS, ConnectionKind.FAILS_TO).forEach(t -> pre.add(t.to()));
        return pre;
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        List<Connection> targets = ctx.outgoing(c, ConnectionKind.TRIGGERS).stream().filter(t -> ctx.hasVariable(t.to())).toList();
        if (targets.isEmpty()) {
            ctx.declareNothing(c, "not exported: a schedule needs a target it triggers");
            ctx.notExported(c.id(), "a schedule needs a target (a triggers connection)");
            return;
        }
        String role = ServiceRoles.role(ctx, c, "scheduler.amazonaws.com");
        Connection dlq = ctx.outgoingTo(c, ConnectionKind.FAILS_TO, "aws.sqs.queue").stream()
                .filter(f -> ctx.hasVariable(f.to())).findFirst().orElse(null);
        if (dlq != null) {
            ctx.statement("$N.grantSendMessages($N)", ctx.var(dlq.to()), role);
            ctx.handled(dlq);
        }
        boolean first = true;
        for (Connection t : targets) {
            Component target = ctx.component(t.to());
            CodeBlock arn = ServiceRoles.deliverTo(ctx, target, role);
            if (arn == null) {
                continue;
            }
            Call tp = Call.struct(nested("TargetProperty")).set("arn", arn).set("roleArn", "$N.getRoleArn()", role);
            Object input = ctx.props(t).value("input");
            if (input != null) {
                tp.set("input", "$T.of(this).toJsonString($L)", Cdk.STACK, org.patternboard.exporters.cdk.stack.Literals.of(input));
            }
            tp.set("retryPolicy", Call.struct(nested("RetryPolicyProperty"))
                    .number("maximumRetryAttempts", p.integer("maximumRetryAttempts", 185))
                    .number("maximumEventAgeInSeconds", p.integer("maximumEventAge", 86400)).build());
            if (dlq != null) {
                tp.set("deadLetterConfig", Call.struct(nested("DeadLetterConfigProperty")).set("arn", "$N.getQueueArn()", ctx.var(dlq.to())).build());
            }
            switch (target.type()) {
                case "aws.events.eventBus" -> tp.set("eventBridgeParameters", Call.struct(nested("EventBridgeParametersProperty"))
                        .string("source", "patternboard.scheduler").string("detailType", ctx.constructId(c)).build());
                case "aws.kinesis.stream" -> tp.set("kinesisParameters", Call.struct(nested("KinesisParametersProperty"))
                        .string("partitionKey", ctx.constructId(c)).build());
                case "aws.sqs.queue" -> {
                    if (ctx.props(target).bool("fifo", false)) {
                        tp.set("sqsParameters", Call.struct(nested("SqsParametersProperty")).string("messageGroupId", ctx.constructId(c)).build());
                    }
                }
                case "aws.ecs.fargateTask" -> tp.set("ecsParameters", Call.struct(nested("EcsParametersProperty"))
                        .set("taskDefinitionArn", "$N.getTaskDefinitionArn()", ctx.var(target))
                        .string("launchType", "FARGATE")
                        .set("networkConfiguration", Call.struct(nested("NetworkConfigurationProperty"))
                                .set("awsvpcConfiguration", Call.struct(nested("AwsVpcConfigurationProperty"))
                                        .set("subnets", "$L.selectSubnets($L).getSubnetIds()", Network.of(ctx).vpc(target), Network.privateSubnets())
                                        .build()).build()).build());
                default -> {
                }
            }
            Call s = Call.construct(SCHEDULE, first ? ctx.constructId(c) : ctx.newConstructId(ctx.constructId(c) + ctx.constructId(target)))
                    .string("scheduleExpression", p.string("scheduleExpression", "rate(1 hour)"))
                    .string("scheduleExpressionTimezone", p.string("timezone", "UTC"))
                    .set("flexibleTimeWindow", p.isSet("flexibleWindowMinutes")
                            ? Call.struct(nested("FlexibleTimeWindowProperty")).string("mode", "FLEXIBLE")
                                    .number("maximumWindowInMinutes", p.integer("flexibleWindowMinutes", 1)).build()
                            : Call.struct(nested("FlexibleTimeWindowProperty")).string("mode", "OFF").build())
                    .string("state", p.bool("enabled", true) ? "ENABLED" : "DISABLED")
                    .set("target", tp.build());
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("ScheduleExpression", p.string("scheduleExpression", "rate(1 hour)"));
            if (first) {
                ctx.declare(c, SCHEDULE, s.build());
                first = false;
            } else {
                ctx.local(SCHEDULE, ctx.var(c) + ctx.constructId(target), s.build());
            }
            ctx.expect(c, "AWS::Scheduler::Schedule", key);
            ctx.handled(t);
        }
        if (first) {
            ctx.declareNothing(c, "not exported: none of its targets can be a schedule target");
        }
    }
}
