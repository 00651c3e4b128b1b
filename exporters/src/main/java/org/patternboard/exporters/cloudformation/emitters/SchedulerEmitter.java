package org.patternboard.exporters.cloudformation.emitters;

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
 * EventBridge Scheduler schedules. A schedule has exactly one target, so a component that triggers several
 * targets becomes one schedule per target (same expression, retry policy and dead-letter queue).
 */
final class SchedulerEmitter implements Emitter {
    static final String SCHEDULE = "aws.scheduler.schedule";

    @Override
    public List<String> types() {
        return List.of(SCHEDULE);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        List<Connection> targets = ctx.outgoing(c, ConnectionKind.TRIGGERS);
        if (targets.isEmpty()) {
            ctx.notExported(c, "a schedule needs a target: connect it to what it triggers");
            return;
        }
        boolean first = true;
        for (Connection t : targets) {
            Resource s = first ? ctx.add(c, "AWS::Scheduler::Schedule") : ctx.add(t, "Schedule", "AWS::Scheduler::Schedule");
            first = false;
            MappedProperties.emit(c, s, p, ctx, "scheduleExpression", "timezone");
            s.put("FlexibleTimeWindow", p.integer("flexibleWindowMinutes") == null
                    ? Fn.map("Mode", "OFF")
                    : Fn.map("Mode", "FLEXIBLE", "MaximumWindowInMinutes", p.integer("flexibleWindowMinutes")));
            MappedProperties.emit(c, s, p, ctx, "enabled");
            s.put("Target", target(c, t, ctx, p));
        }
    }

    private static Map<String, Object> target(Component c, Connection t, ExportContext ctx, Props p) {
        Component target = ctx.component(t.to());
        Map<String, Object> m = Fn.map("Arn", EventTargets.arn(ctx, target), "RoleArn", ctx.roleArn(c));
        Object input = ctx.props(t).value("input");
        if (input != null) {
            m.put("Input", input instanceof String s ? s : LambdaEmitter.json(input));
        }
        m.put("RetryPolicy", Fn.map("MaximumRetryAttempts", p.integer("maximumRetryAttempts"),
                "MaximumEventAgeInSeconds", p.integer("maximumEventAge")));
        for (Connection f : ctx.outgoing(c, ConnectionKind.FAILS_TO)) {
            m.put("DeadLetterConfig", Fn.map("Arn", Fn.getAtt(ctx.id(f.to()), "Arn")));
            break;
        }
        switch (target.type()) {
            case "aws.ecs.fargateTask" -> m.put("EcsParameters", EventTargets.ecsParameters(ctx, target, "AwsvpcConfiguration"));
            case "aws.kinesis.stream" -> m.put("KinesisParameters", Fn.map("PartitionKey", ctx.id(c)));
            case "aws.events.eventBus" -> m.put("EventBridgeParameters", Fn.map("DetailType", "Scheduled Event",
                    "Source", "patternboard." + ctx.id(c)));
            default -> {
                if (EventTargets.isFifoQueue(ctx, target)) {
                    m.put("SqsParameters", Fn.map("MessageGroupId", ctx.id(c)));
                }
            }
        }
        return m;
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return switch (form) {
            case "arn" -> Fn.getAtt(ctx.id(c), "Arn");
            case "name" -> Fn.ref(ctx.id(c));
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.TRIGGERS || conn.kind() == ConnectionKind.FAILS_TO;
    }
}
