package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.LibraryNames;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cdk.stack.Literals;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Log groups, alarms and dashboards. An alarm watches the metric of each component it monitors (one alarm per
 * component, as in the CloudFormation export; an alarm that monitors alarms becomes a composite alarm) and
 * notifies the topics it publishes to; a dashboard gets a graph per monitored component.
 */
final class ObservabilityConstructWriter implements ConstructWriter {
    static final String ALARM_TYPE = "aws.cloudwatch.alarm";
    static final String DASHBOARD_TYPE = "aws.cloudwatch.dashboard";
    static final ClassName LOG_GROUP = Cdk.of("logs", "LogGroup");
    static final ClassName LOG_GROUP_CLASS = Cdk.of("logs", "LogGroupClass");
    static final ClassName ALARM = Cdk.of("cloudwatch", "Alarm");
    static final ClassName COMPOSITE_ALARM = Cdk.of("cloudwatch", "CompositeAlarm");
    static final ClassName ALARM_RULE = Cdk.of("cloudwatch", "AlarmRule");
    static final ClassName ALARM_STATE = Cdk.of("cloudwatch", "AlarmState");
    static final ClassName METRIC = Cdk.of("cloudwatch", "Metric");
    static final ClassName COMPARISON = Cdk.of("cloudwatch", "ComparisonOperator");
    static final ClassName TREAT_MISSING = Cdk.of("cloudwatch", "TreatMissingData");
    static final ClassName DASHBOARD = Cdk.of("cloudwatch", "Dashboard");
    static final ClassName CFN_DASHBOARD = Cdk.of("cloudwatch", "CfnDashboard");
    static final ClassName GRAPH_WIDGET = Cdk.of("cloudwatch", "GraphWidget");
    static final ClassName TEXT_WIDGET = Cdk.of("cloudwatch", "TextWidget");
    static final ClassName SNS_ACTION = ClassName.get(Cdk.BASE + ".services.cloudwatch.actions", "SnsAction");
    static final ClassName I_ALARM = Cdk.of("cloudwatch", "IAlarm");

    @Override
    public List<String> types() {
        return List.of("aws.logs.logGroup", ALARM_TYPE, DASHBOARD_TYPE);
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>(Keys.prerequisites(c, ctx));
        if (!"aws.logs.logGroup".equals(c.type())) {
            ctx.outgoing(c, ConnectionKind.MONITORS).forEach(m -> pre.add(m.to()));
        }
        return pre;
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        switch (c.type()) {
            case ALARM_TYPE -> alarm(c, ctx);
            case DASHBOARD_TYPE -> dashboard(c, ctx);
            default -> logGroup(c, ctx);
        }
    }

    private static void logGroup(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        Call lg = Call.construct(LOG_GROUP, ctx.constructId(c));
        Map<String, Object> key = new LinkedHashMap<>();
        if (p.isSet("logGroupName")) {
            String name = p.string("logGroupName").replaceAll("[^A-Za-z0-9_./#-]", "-");
            lg.string("logGroupName", name.length() > 512 ? name.substring(0, 512) : name);
        }
        lg.set("retention", Retention.of(p.string("retentionDays")));
        if (Retention.days(p.string("retentionDays")) != null) {
            key.put("RetentionInDays", Retention.days(p.string("retentionDays")));
        }
        String logClass = p.isExplicit("logGroupClass") ? p.string("logGroupClass") : null;
        boolean typedClass = logClass != null && LibraryNames.hasConstant(LOG_GROUP_CLASS.canonicalName(), logClass);
        if (typedClass) {
            lg.set("logGroupClass", Cdk.constant(LOG_GROUP_CLASS, logClass));
        }
        Keys.key(c, ctx).ifPresent(k -> lg.set("encryptionKey", k));
        ctx.declare(c, LOG_GROUP, lg.build());
        if (logClass != null && !typedClass) {
            // a class newer than the CDK's enum (DELIVERY): set on the CloudFormation resource underneath
            ctx.statement("(($T) $N.getNode().getDefaultChild()).setLogGroupClass($S)", Cdk.of("logs", "CfnLogGroup"), ctx.var(c), logClass);
        }
        ctx.expect(c, "AWS::Logs::LogGroup", key);
    }

    private static void alarm(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        List<String> alarms = new ArrayList<>();
        List<CodeBlock> children = new ArrayList<>();
        boolean first = true;
        for (Connection m : ctx.outgoing(c, ConnectionKind.MONITORS)) {
            Component target = ctx.component(m.to());
            if (ALARM_TYPE.equals(target.type())) {
                // as in the CloudFormation export: composites of metric alarms only, never of other composites
                if (!target.id().equals(c.id()) && ctx.hasVariable(target.id()) && hasMetricAlarm(target, ctx)) {
                    children.add(CodeBlock.of("$T.fromAlarm($N, $T.ALARM)", ALARM_RULE, ctx.var(target), ALARM_STATE));
                    ctx.handled(m);
                }
                continue;
            }
            Metrics.Metric metric = Metrics.of(target.type());
            CodeBlock dims = metric == null ? null : Metrics.dimensions(target, ctx);
            if (metric == null || dims == null) {
                continue;
            }
            Props cp = ctx.props(m);
            String metricName = cp.string("metricName", p.string("metricName", ""));
            boolean own = !metricName.isBlank();
            Call metricCall = Call.builder(METRIC, CodeBlock.of(""))
                    .string("namespace", own && p.isSet("namespace") ? p.string("namespace") : metric.namespace())
                    .string("metricName", own ? metricName : metric.name());
            if (!dims.toString().equals("java.util.Map.of()")) {
                metricCall.set("dimensionsMap", dims);
            }
            metricCall.string("statistic", p.string("statistic", metric.statistic()))
                    .set("period", Cdk.duration(p.isSet("period") ? p.integer("period", 300) : metric.period()));
            long threshold = cp.integer("threshold") != null ? cp.integer("threshold") : p.integer("threshold", metric.threshold());
            long periods = cp.integer("evaluationPeriods") != null ? cp.integer("evaluationPeriods") : p.integer("evaluationPeriods", 1);
            String comparison = p.string("comparisonOperator", metric.comparison());
            Call alarm = Call.construct(ALARM, first ? ctx.constructId(c) : ctx.newConstructId(ctx.constructId(c) + ctx.constructId(target)))
                    .string("alarmDescription", "Patternboard: " + (own ? metricName : metric.name()) + " of " + ctx.constructId(target))
                    .set("metric", metricCall.build())
                    .number("threshold", threshold)
                    .number("evaluationPeriods", periods)
                    .set("comparisonOperator", Cdk.constant(COMPARISON, org.patternboard.exporters.cdk.stack.LibraryNames.upperSnake(comparison)))
                    .set("treatMissingData", Cdk.constant(TREAT_MISSING, org.patternboard.exporters.cdk.stack.LibraryNames.upperSnake(p.string("treatMissingData", "missing"))));
            if (p.integer("datapointsToAlarm") != null) {
                alarm.number("datapointsToAlarm", p.integer("datapointsToAlarm"));
            }
            if (!p.bool("actionsEnabled", true)) {
                alarm.bool("actionsEnabled", false);
            }
            Map<String, Object> key = new LinkedHashMap<>();
            key.put("MetricName", own ? metricName : metric.name());
            key.put("Namespace", own && p.isSet("namespace") ? p.string("namespace") : metric.namespace());
            key.put("Threshold", threshold);
            key.put("EvaluationPeriods", periods);
            key.put("ComparisonOperator", comparison);
            if (first) {
                ctx.declare(c, ALARM, alarm.build());
                alarms.add(ctx.var(c));
                first = false;
            } else {
                alarms.add(ctx.local(ALARM, ctx.var(c) + ctx.constructId(target), alarm.build()));
            }
            ctx.expect(c, "AWS::CloudWatch::Alarm", key);
            ctx.handled(m);
        }
        if (!children.isEmpty()) {
            CodeBlock rule = children.size() == 1 ? children.get(0)
                    : CodeBlock.of("$T.anyOf($L)", ALARM_RULE, CodeBlock.join(children, ", "));
            Call composite = Call.construct(COMPOSITE_ALARM, first ? ctx.constructId(c) : ctx.newConstructId(ctx.constructId(c) + "Composite"))
                    .set("alarmRule", rule)
                    .string("alarmDescription", "Patternboard: any of the alarms " + ctx.constructId(c) + " watches");
            if (!p.bool("actionsEnabled", true)) {
                composite.bool("actionsEnabled", false);
            }
            if (first) {
                ctx.declare(c, COMPOSITE_ALARM, composite.build());
                alarms.add(ctx.var(c));
                first = false;
            } else {
                alarms.add(ctx.local(COMPOSITE_ALARM, ctx.var(c) + "Composite", composite.build()));
            }
            ctx.expect(c, "AWS::CloudWatch::CompositeAlarm", Map.of());
        }
        if (first) {
            if (!p.isSet("metricName") || !p.isSet("namespace")) {
                // as in the CloudFormation export: without a metric there is nothing to alarm on
                String why = "an alarm needs something to monitor, or its own metricName and namespace";
                ctx.declareNothing(c, "not exported: " + why);
                ctx.notExported(c.id(), why);
                return;
            }
            // an alarm on a metric of its own
            Call alarm = Call.construct(ALARM, ctx.constructId(c))
                    .set("metric", Call.builder(METRIC, CodeBlock.of(""))
                            .string("namespace", p.string("namespace"))
                            .string("metricName", p.string("metricName"))
                            .string("statistic", p.string("statistic", "Average"))
                            .set("period", Cdk.duration(p.integer("period", 300))).build())
                    .number("threshold", p.integer("threshold", 0))
                    .number("evaluationPeriods", p.integer("evaluationPeriods", 1))
                    .set("comparisonOperator", Cdk.constant(COMPARISON, org.patternboard.exporters.cdk.stack.LibraryNames.upperSnake(
                            p.string("comparisonOperator", "GreaterThanOrEqualToThreshold"))))
                    .set("treatMissingData", Cdk.constant(TREAT_MISSING, org.patternboard.exporters.cdk.stack.LibraryNames.upperSnake(p.string("treatMissingData", "missing"))));
            ctx.declare(c, ALARM, alarm.build());
            alarms.add(ctx.var(c));
            ctx.expect(c, "AWS::CloudWatch::Alarm", Map.of());
        }
        ctx.shared("alarms:" + c.id(), () -> alarms);
    }

    /** Whether an alarm has a metric of its own: a monitored component with a known metric, or its own metric name and namespace. */
    static boolean hasMetricAlarm(Component alarm, StackContext ctx) {
        for (Connection m : ctx.outgoing(alarm, ConnectionKind.MONITORS)) {
            Component t = ctx.component(m.to());
            if (!ALARM_TYPE.equals(t.type()) && Metrics.of(t.type()) != null) {
                return true;
            }
        }
        Props p = ctx.props(alarm);
        return p.isSet("metricName") && p.isSet("namespace");
    }

    private static void dashboard(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        Object widgets = p.value("widgets");
        if (widgets instanceof List<?> || widgets instanceof Map<?, ?>) {
            Object body = widgets instanceof List<?> ? Map.of("widgets", widgets) : widgets;
            // the body as written in the design
            ctx.declare(c, CFN_DASHBOARD, Call.construct(CFN_DASHBOARD, ctx.constructId(c))
                    .set("dashboardBody", "$T.of(this).toJsonString($L)", Cdk.STACK, Literals.of(body))
                    .build());
            ctx.expect(c, "AWS::CloudWatch::Dashboard", Map.of());
            return;
        }
        List<CodeBlock> graphs = new ArrayList<>();
        for (Connection m : ctx.outgoing(c, ConnectionKind.MONITORS)) {
            Component target = ctx.component(m.to());
            Metrics.Metric metric = Metrics.of(target.type());
            CodeBlock dims = metric == null ? null : Metrics.dimensions(target, ctx);
            if (metric == null || dims == null) {
                ctx.handled(m);
                continue;
            }
            Call metricCall = Call.builder(METRIC, CodeBlock.of(""))
                    .string("namespace", metric.namespace())
                    .string("metricName", metric.name());
            if (!dims.toString().equals("java.util.Map.of()")) {
                metricCall.set("dimensionsMap", dims);
            }
            metricCall.string("statistic", metric.statistic()).set("period", Cdk.duration(metric.period()));
            graphs.add(Call.builder(GRAPH_WIDGET, CodeBlock.of(""))
                    .string("title", metric.name() + " of " + ctx.constructId(target))
                    .set("left", "$T.of($L)", List.class, metricCall.build())
                    .build());
            ctx.handled(m);
        }
        if (graphs.isEmpty()) {
            graphs.add(Call.builder(TEXT_WIDGET, CodeBlock.of("")).string("markdown", "# " + c.name()).build());
        }
        Call d = Call.construct(DASHBOARD, ctx.constructId(c))
                .set("widgets", "$T.of($T.of($>\n$L)$<)", List.class, List.class, CodeBlock.join(graphs, ",\n"));
        ctx.declare(c, DASHBOARD, d.build());
        ctx.expect(c, "AWS::CloudWatch::Dashboard", Map.of());
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        Component alarm = ctx.component(conn.from());
        Component target = ctx.component(conn.to());
        if (ALARM_TYPE.equals(alarm.type()) && conn.kind() == ConnectionKind.PUBLISHES && ctx.hasVariable(target.id())) {
            List<String> alarms = ctx.shared("alarms:" + alarm.id(), List::of);
            List<String> states = ctx.props(conn).strings("onStates").isEmpty() ? List.of("ALARM") : ctx.props(conn).strings("onStates");
            for (String a : alarms) {
                for (String state : states) {
                    String method = switch (state) {
                        case "OK" -> "addOkAction";
                        case "INSUFFICIENT_DATA" -> "addInsufficientDataAction";
                        default -> "addAlarmAction";
                    };
                    ctx.statement("$N.$N(new $T($N))", a, method, SNS_ACTION, ctx.var(target));
                }
            }
            return true;
        }
        if (conn.kind() == ConnectionKind.MONITORS) {
            ctx.comment("nothing to watch: the target has no metric Patternboard knows");
            return true;
        }
        return false;
    }
}
