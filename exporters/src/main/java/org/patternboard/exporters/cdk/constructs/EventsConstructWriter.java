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
 * EventBridge buses and rules. A rule sits on the bus that routes to it and gets one target per
 * {@code routes} / {@code triggers} connection ({@code rule.addTarget(new LambdaFunction(fn, ...))}), with the
 * connection's input, retries and the rule's dead-letter queue; past five targets the rule is repeated, as
 * EventBridge allows five targets per rule.
 */
final class EventsConstructWriter implements ConstructWriter {
    static final String BUS_TYPE = "aws.events.eventBus";
    static final String RULE_TYPE = "aws.events.rule";
    static final ClassName EVENT_BUS = Cdk.of("events", "EventBus");
    static final ClassName I_EVENT_BUS = Cdk.of("events", "IEventBus");
    static final ClassName RULE = Cdk.of("events", "Rule");
    static final ClassName EVENT_PATTERN = Cdk.of("events", "EventPattern");
    static final ClassName SCHEDULE = Cdk.of("events", "Schedule");
    static final ClassName RULE_TARGET_INPUT = Cdk.of("events", "RuleTargetInput");
    static final ClassName BASE_ARCHIVE_PROPS = Cdk.of("events", "BaseArchiveProps");
    static final String TARGETS = Cdk.BASE + ".services.events.targets";
    private static final int MAX_TARGETS = 5;
    private static final Map<String, String> PATTERN_FIELDS = Map.of("source", "source", "detail-type", "detailType",
            "account", "account", "region", "region", "resources", "resources", "id", "id", "time", "time", "version", "version");

    @Override
    public List<String> types() {
        return List.of(BUS_TYPE, RULE_TYPE);
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>(Keys.prerequisites(c, ctx));
        if (RULE_TYPE.equals(c.type())) {
            ctx.incomingFrom(c, ConnectionKind.ROUTES, BUS_TYPE).forEach(r -> pre.add(r.from()));
            ctx.outgoingTo(c, ConnectionKind.FAILS_TO, "aws.sqs.queue").forEach(f -> pre.add(f.to()));
            ctx.outgoing(c, ConnectionKind.ROUTES, ConnectionKind.TRIGGERS).forEach(t -> pre.add(t.to()));
        }
        return pre;
    }

    static boolean isDefaultBus(Component bus, StackContext ctx) {
        return "default".equals(ctx.props(bus).string("busName"));
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        if (BUS_TYPE.equals(c.type())) {
            declareBus(c, ctx);
        } else {
            declareRule(c, ctx);
        }
    }

    private static void declareBus(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        if (isDefaultBus(c, ctx)) {
            ctx.declare(c, I_EVENT_BUS, CodeBlock.of("$T.fromEventBusName(this, $S, $S)", EVENT_BUS, ctx.constructId(c), "default"));
            return;
        }
        Call bus = Call.construct(EVENT_BUS, ctx.constructId(c));
        if (p.isSet("busName")) {
            bus.string("eventBusName", p.string("busName").replaceAll("[^A-Za-z0-9._/-]", "-"));
        }
        Keys.key(c, ctx).ifPresent(k -> bus.set("kmsKey", k));
        ctx.declare(c, EVENT_BUS, bus.build());
        if (p.integer("archiveRetentionDays") != null) {
            long days = p.integer("archiveRetentionDays", 0);
            Call archive = Call.struct(BASE_ARCHIVE_PROPS)
                    .set("eventPattern", Call.struct(EVENT_PATTERN).set("account", "$T.of($T.of(this).getAccount())", List.class, Cdk.STACK).build());
            if (days > 0) {
                archive.set("retention", Cdk.days(days));
            }
            ctx.statement("$N.archive($S, $L)", ctx.var(c), "Archive", archive.build());
        }
        ctx.expect(c, "AWS::Events::EventBus", Map.of());
    }

    private static void declareRule(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        List<Connection> targets = targets(c, ctx);
        int parts = Math.max(1, (targets.size() + MAX_TARGETS - 1) / MAX_TARGETS);
        for (int part = 0; part < parts; part++) {
            Call rule = Call.construct(RULE, part == 0 ? ctx.constructId(c) : ctx.newConstructId(ctx.constructId(c) + "Part" + (part + 1)));
            Map<String, Object> key = new LinkedHashMap<>();
            for (Connection in : ctx.incomingFrom(c, ConnectionKind.ROUTES, BUS_TYPE)) {
                Component bus = ctx.component(in.from());
                if (ctx.hasVariable(bus.id()) && !isDefaultBus(bus, ctx)) {
                    rule.set("eventBus", ctx.ref(bus));
                }
                ctx.handled(in);
                break;
            }
            if (p.isSet("description")) {
                rule.string("description", Text.cut(p.string("description"), 512));
            }
            Object pattern = p.value("eventPattern");
            String schedule = p.string("schedule", "");
            boolean rawPattern = false;
            if (pattern instanceof Map<?, ?> m && !m.isEmpty()) {
                CodeBlock typed = typedPattern(m);
                if (typed != null) {
                    rule.set("eventPattern", typed);
                } else {
                    rawPattern = true;
                    // a placeholder the raw pattern below replaces: the typed API cannot express this pattern
                    rule.set("eventPattern", Call.struct(EVENT_PATTERN).set("source", Literals.strings(List.of(ctx.constructId(c)))).build());
                }
                key.put("EventPattern", pattern);
            } else if (!schedule.isBlank()) {
                rule.set("schedule", "$T.expression($S)", SCHEDULE, schedule);
                key.put("ScheduleExpression", schedule);
            } else {
                rule.set("eventPattern", Call.struct(EVENT_PATTERN).set("source", Literals.strings(List.of(ctx.constructId(c)))).build());
            }
            if (!p.bool("enabled", true)) {
                rule.bool("enabled", false);
            }
            String variable;
            if (part == 0) {
                ctx.declare(c, RULE, rule.build());
                variable = ctx.var(c);
            } else {
                variable = ctx.local(RULE, ctx.var(c) + "Part" + (part + 1), rule.build());
            }
            if (rawPattern) {
                ctx.statement("(($T) $N.getNode().getDefaultChild()).setEventPattern($L)", Cdk.of("events", "CfnRule"), variable,
                        Literals.map((Map<?, ?>) pattern));
            }
            for (Connection t : targets.subList(part * MAX_TARGETS, Math.min(targets.size(), (part + 1) * MAX_TARGETS))) {
                CodeBlock target = target(c, t, ctx);
                if (target != null) {
                    ctx.comment(t.id() + ": " + c.name() + " " + t.kind().id() + " " + ctx.component(t.to()).name());
                    ctx.statement("$N.addTarget($L)", variable, target);
                    ctx.handled(t);
                }
            }
            ctx.expect(c, "AWS::Events::Rule", key);
        }
    }

    private static List<Connection> targets(Component rule, StackContext ctx) {
        List<Connection> list = new ArrayList<>();
        for (Connection t : ctx.outgoing(rule, ConnectionKind.ROUTES, ConnectionKind.TRIGGERS)) {
            if (ctx.isDeclared(t.to()) && targetClass(ctx.component(t.to()).type()) != null) {
                list.add(t);
            }
        }
        return list;
    }

    /** A typed {@code EventPattern} when every field is one the struct has and holds a list of strings (detail: any map). */
    static CodeBlock typedPattern(Map<?, ?> pattern) {
        Call p = Call.struct(EVENT_PATTERN);
        for (Map.Entry<?, ?> e : pattern.entrySet()) {
            String key = String.valueOf(e.getKey());
            if ("detail".equals(key) && e.getValue() instanceof Map<?, ?> detail) {
                p.set("detail", Literals.map(detail));
            } else if (PATTERN_FIELDS.containsKey(key) && e.getValue() instanceof List<?> l && !l.isEmpty()
                    && l.stream().allMatch(x -> x instanceof String)) {
                p.set(PATTERN_FIELDS.get(key), Literals.list(l));
            } else {
                return null;
            }
        }
        return p.build();
    }

    static ClassName targetClass(String type) {
        String simple = switch (type) {
            case "aws.lambda.function" -> "LambdaFunction";
            case "aws.sqs.queue" -> "SqsQueue";
            case "aws.sns.topic" -> "SnsTopic";
            case "aws.stepfunctions.stateMachine" -> "SfnStateMachine";
            case "aws.kinesis.stream" -> "KinesisStream";
            case "aws.kinesisfirehose.deliveryStream" -> "FirehoseDeliveryStream";
            case BUS_TYPE -> "EventBus";
            case "aws.logs.logGroup" -> "CloudWatchLogGroup";
            case "aws.ecs.fargateTask" -> "EcsTask";
            case "aws.apigateway.restApi" -> "ApiGateway";
            case ExternalWriter.HTTP_ENDPOINT -> "ApiDestination";
            default -> null;
        };
        return simple == null ? null : ClassName.get(TARGETS, simple);
    }

    /** {@code new LambdaFunction(fn, LambdaFunctionProps.builder()...build())}, or null when the target cannot be one. */
    static CodeBlock target(Component rule, Connection t, StackContext ctx) {
        Component target = ctx.component(t.to());
        ClassName type = targetClass(target.type());
        boolean external = ExternalWriter.HTTP_ENDPOINT.equals(target.type());
        if (type == null || (!external && !ctx.hasVariable(target.id()))) {
            return null;
        }
        Props cp = ctx.props(t);
        TargetOptions options = TargetOptions.of(type.simpleName());
        Call props = Call.struct(ClassName.get(TARGETS, options.propsClass()));
        Object input = cp.value("input");
        CodeBlock event = null;
        if (input instanceof Map<?, ?> m) {
            event = CodeBlock.of("$T.fromObject($L)", RULE_TARGET_INPUT, Literals.map(m));
        } else if (input instanceof String s && !s.isBlank()) {
            event = CodeBlock.of("$T.fromText($S)", RULE_TARGET_INPUT, s);
        } else if (cp.isSet("inputPath")) {
            event = CodeBlock.of("$T.fromEventPath($S)", RULE_TARGET_INPUT, cp.string("inputPath"));
        }
        if (event != null && options.input() != null) {
            props.set(options.input(), event);
        } else if (event != null) {
            ctx.comment(t.id() + ": the CDK's " + type.simpleName() + " target takes no input; set Input on the rule's CfnRule target");
        }
        if (options.retry() && !"aws.logs.logGroup".equals(target.type())) {
            if (cp.isSet("maximumRetryAttempts")) {
                props.number("retryAttempts", cp.integer("maximumRetryAttempts", 185));
            }
            if (cp.isSet("maximumEventAge")) {
                props.set("maxEventAge", Cdk.duration(cp.integer("maximumEventAge", 86400)));
            }
        }
        if (options.deadLetterQueue() && !"aws.logs.logGroup".equals(target.type())) {
            for (Connection f : ctx.outgoingTo(rule, ConnectionKind.FAILS_TO, "aws.sqs.queue")) {
                if (ctx.hasVariable(f.to())) {
                    props.set("deadLetterQueue", ctx.ref(f.to()));
                    ctx.handled(f);
                    break;
                }
            }
        }
        CodeBlock subject;
        switch (target.type()) {
            case "aws.ecs.fargateTask" -> {
                props.set("cluster", EcsConstructWriter.cluster(ctx, target))
                        .set("taskDefinition", ctx.ref(target))
                        .set("subnetSelection", Network.privateSubnets());
                return CodeBlock.of("new $T($L)", type, props.build());
            }
            case "aws.kinesis.stream" -> props.string("partitionKeyPath", "$.id");
            case "aws.sqs.queue" -> {
                if (ctx.props(target).bool("fifo", false)) {
                    props.string("messageGroupId", ctx.constructId(rule));
                }
            }
            case ExternalWriter.HTTP_ENDPOINT -> {
                String destination = ApiDestinations.of(target, ctx);
                return CodeBlock.of("new $T($N, $L)", type, destination, props.build());
            }
            case "aws.kinesisfirehose.deliveryStream" -> {
                // the target takes the L2 interface; the stream itself is an L1 construct
                String stream = ctx.shared("firehoseTarget:" + target.id(), () -> ctx.local(Cdk.of("kinesisfirehose", "IDeliveryStream"),
                        ctx.var(target) + "Target", CodeBlock.of("$T.fromDeliveryStreamArn(this, $S, $N.getAttrArn())",
                                Cdk.of("kinesisfirehose", "DeliveryStream"), ctx.newConstructId(ctx.constructId(target) + "Target"),
                                ctx.var(target))));
                return props.isEmpty() ? CodeBlock.of("new $T($N)", type, stream) : CodeBlock.of("new $T($N, $L)", type, stream, props.build());
            }
            default -> {
            }
        }
        subject = ctx.ref(target);
        return props.isEmpty() ? CodeBlock.of("new $T($L)", type, subject) : CodeBlock.of("new $T($L, $L)", type, subject, props.build());
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        Component from = ctx.component(conn.from());
        if (RULE_TYPE.equals(from.type()) && conn.kind() == ConnectionKind.FAILS_TO) {
            // the dead-letter queue of the rule's targets; with no target there is nothing to send there
            return true;
        }
        return false;
    }
}
