package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
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
 * EventBridge buses and rules. A rule sits on the bus that routes to it (else the default bus), matches its
 * pattern or schedule, and delivers to its targets (at most five per rule: more targets continue on copies
 * of the rule), with retry policy and dead-letter queue when the design models them.
 */
final class EventsEmitter implements Emitter {
    static final String BUS = "aws.events.eventBus";
    static final String RULE = "aws.events.rule";
    private static final int MAX_TARGETS = 5;

    @Override
    public List<String> types() {
        return List.of(BUS, RULE);
    }

    static boolean isDefaultBus(ExportContext ctx, Component bus) {
        return "default".equals(ctx.props(bus).string("busName"));
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        if (BUS.equals(c.type())) {
            emitBus(c, ctx);
        } else {
            emitRule(c, ctx);
        }
    }

    private void emitBus(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        if (isDefaultBus(ctx, c)) {
            return;
        }
        Resource bus = ctx.add(c, "AWS::Events::EventBus");
        String name = p.string("busName");
        bus.put("Name", name != null && !name.isBlank()
                ? clean(name)
                : Fn.sub("${AWS::StackName}-" + ctx.id(c)));
        Kms.key(ctx, c).ifPresent(k -> bus.put("KmsKeyIdentifier", Fn.getAtt(ctx.id(k), "Arn")));
        if (p.integer("archiveRetentionDays") != null) {
            Resource archive = ctx.add(c, "Archive", "AWS::Events::Archive");
            archive.put("SourceArn", Fn.getAtt(ctx.id(c), "Arn"));
            archive.put("RetentionDays", p.integer("archiveRetentionDays"));
        }
        ctx.output(c, "Name", Fn.ref(ctx.id(c)), "Event bus name");
    }

    /** Bus names allow letters, digits and . - _ / only. */
    private static String clean(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._/-]", "-");
        return s.length() > 256 ? s.substring(0, 256) : s;
    }

    private void emitRule(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        List<Connection> targets = new ArrayList<>(ctx.outgoing(c, ConnectionKind.ROUTES, ConnectionKind.TRIGGERS));
        int parts = Math.max(1, (targets.size() + MAX_TARGETS - 1) / MAX_TARGETS);
        for (int part = 0; part < parts; part++) {
            Resource rule = part == 0 ? ctx.add(c, "AWS::Events::Rule") : ctx.add(c, "Part" + (part + 1), "AWS::Events::Rule");
            Component bus = null;
            for (Connection in : ctx.incoming(c, ConnectionKind.ROUTES)) {
                bus = ctx.component(in.from());
                break;
            }
            if (bus != null && !isDefaultBus(ctx, bus)) {
                rule.put("EventBusName", Fn.ref(ctx.id(bus)));
            }
            if (p.string("description") != null) {
                rule.put("Description", Support.description(p.string("description"), 512));
            }
            Object pattern = p.value("eventPattern");
            String schedule = p.string("schedule");
            if (pattern instanceof Map<?, ?> m && !m.isEmpty()) {
                rule.put("EventPattern", pattern);
            } else if (schedule != null && !schedule.isBlank()) {
                rule.put("ScheduleExpression", schedule);
            } else {
                rule.put("EventPattern", Fn.map("source", List.of(ctx.id(c))));
            }
            MappedProperties.emit(c, rule, p, ctx, "enabled");
            List<Object> list = new ArrayList<>();
            for (Connection t : targets.subList(part * MAX_TARGETS, Math.min(targets.size(), (part + 1) * MAX_TARGETS))) {
                list.add(target(c, t, ctx));
            }
            if (!list.isEmpty()) {
                rule.put("Targets", list);
            }
        }
    }

    private static Map<String, Object> target(Component rule, Connection t, ExportContext ctx) {
        Component target = ctx.component(t.to());
        Props cp = ctx.props(t);
        Map<String, Object> m = Fn.map("Id", ctx.id(target).length() > 64 ? ctx.id(target).substring(0, 64) : ctx.id(target),
                "Arn", EventTargets.arn(ctx, target));
        if (EventTargets.needsRole(target)) {
            m.put("RoleArn", ctx.roleArn(rule));
        }
        Object input = cp.value("input");
        if (input != null) {
            m.put("Input", input instanceof String s ? s : LambdaEmitter.json(input));
        } else if (cp.string("inputPath") != null && !cp.string("inputPath").isEmpty()) {
            m.put("InputPath", cp.string("inputPath"));
        }
        if (cp.isSet("maximumRetryAttempts") || cp.isSet("maximumEventAge")) {
            m.put("RetryPolicy", Fn.map("MaximumRetryAttempts", cp.integer("maximumRetryAttempts"),
                    "MaximumEventAgeInSeconds", cp.integer("maximumEventAge")));
        }
        for (Connection f : ctx.outgoing(rule, ConnectionKind.FAILS_TO)) {
            m.put("DeadLetterConfig", Fn.map("Arn", Fn.getAtt(ctx.id(f.to()), "Arn")));
            break;
        }
        switch (target.type()) {
            case "aws.ecs.fargateTask" -> m.put("EcsParameters", EventTargets.ecsParameters(ctx, target, "AwsVpcConfiguration"));
            case "aws.kinesis.stream" -> m.put("KinesisParameters", Fn.map("PartitionKeyPath", "$.id"));
            default -> {
                if (EventTargets.isFifoQueue(ctx, target)) {
                    m.put("SqsParameters", Fn.map("MessageGroupId", ctx.id(rule)));
                }
            }
        }
        return m;
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        if (BUS.equals(c.type()) && isDefaultBus(ctx, c)) {
            return switch (form) {
                case "arn" -> Fn.sub("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default");
                case "name" -> "default";
                default -> Emitter.super.reference(c, form, ctx);
            };
        }
        return switch (form) {
            case "arn" -> Fn.getAtt(ctx.id(c), "Arn");
            case "name" -> BUS.equals(c.type()) ? Fn.ref(ctx.id(c)) : Fn.ref(ctx.id(c));
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return BUS.equals(c.type()) ? Map.of("NAME", ctx.reference(c, "name")) : Map.of();
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        Component c = ctx.component(conn.from());
        if (RULE.equals(c.type())) {
            // targets, their retry policy and dead-letter queue are part of the rule
            return conn.kind() == ConnectionKind.ROUTES || conn.kind() == ConnectionKind.TRIGGERS
                    || conn.kind() == ConnectionKind.FAILS_TO;
        }
        return false;
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        // a bus routing to a rule: the rule sits on that bus (see emitRule)
        return RULE.equals(ctx.component(conn.to()).type()) && conn.kind() == ConnectionKind.ROUTES
                && BUS.equals(ctx.component(conn.from()).type());
    }
}
