package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.core.ResourcePolicies;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * CloudWatch alarms (one metric alarm per monitored component, on its default metric unless the design
 * names one; a composite alarm over monitored alarms; actions on the topics the alarm publishes to),
 * dashboards (a widget per monitored component) and log groups (retention, encryption, the resource
 * policy EventBridge rules need to deliver to them).
 */
final class ObservabilityEmitter implements Emitter {
    static final String ALARM = "aws.cloudwatch.alarm";
    static final String DASHBOARD = "aws.cloudwatch.dashboard";
    static final String LOG_GROUP = "aws.logs.logGroup";

    @Override
    public List<String> types() {
        return List.of(ALARM, DASHBOARD, LOG_GROUP);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        switch (c.type()) {
            case ALARM -> emitAlarm(c, ctx);
            case DASHBOARD -> emitDashboard(c, ctx);
            default -> emitLogGroup(c, ctx);
        }
    }

    private static void emitLogGroup(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource lg = ctx.add(c, "AWS::Logs::LogGroup").retention("Delete");
        String name = p.string("logGroupName");
        if (name != null && !name.isBlank()) {
            String clean = name.replaceAll("[^A-Za-z0-9._/#-]", "-");
            lg.put("LogGroupName", clean.length() > 512 ? clean.substring(0, 512) : clean);
        }
        String retention = p.string("retentionDays");
        if (retention != null && !Support.NEVER.equals(retention)) {
            lg.put("RetentionInDays", Long.parseLong(retention));
        }
        MappedProperties.emit(c, lg, p, ctx, "logGroupClass", "deletionProtection");
        Kms.key(ctx, c).ifPresent(k -> lg.put("KmsKeyId", Fn.getAtt(ctx.id(k), "Arn")));
        ctx.output(c, "Name", Fn.ref(ctx.id(c)), "Log group name");
    }

    private static List<Object> actions(Component alarm, ExportContext ctx, String state) {
        List<Object> list = new ArrayList<>();
        for (Connection pub : ctx.outgoing(alarm, ConnectionKind.PUBLISHES)) {
            List<Object> states = ctx.props(pub).list("onStates");
            if (states.contains(state)) {
                list.add(Fn.ref(ctx.id(pub.to())));
            }
        }
        return list;
    }

    private static void putActions(Resource r, Component c, ExportContext ctx) {
        List<Object> alarm = actions(c, ctx, "ALARM");
        List<Object> ok = actions(c, ctx, "OK");
        List<Object> insufficient = actions(c, ctx, "INSUFFICIENT_DATA");
        r.put("ActionsEnabled", ctx.props(c).bool("actionsEnabled", true));
        if (!alarm.isEmpty()) {
            r.put("AlarmActions", alarm);
        }
        if (!ok.isEmpty()) {
            r.put("OKActions", ok);
        }
        if (!insufficient.isEmpty()) {
            r.put("InsufficientDataActions", insufficient);
        }
    }

    private static boolean isMetricTarget(Component target) {
        return !ALARM.equals(target.type()) && Metrics.of(target.type()) != null;
    }

    private static void emitAlarm(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        List<Connection> monitored = ctx.outgoing(c, ConnectionKind.MONITORS);
        List<Object> children = new ArrayList<>();
        boolean first = true;
        for (Connection m : monitored) {
            Component target = ctx.component(m.to());
            if (ALARM.equals(target.type())) {
                if (!target.id().equals(c.id()) && hasMetricAlarm(target, ctx)) {
                    children.add(Fn.sub("ALARM(\"${" + ctx.id(target) + "}\")"));
                }
                continue;
            }
            Metrics.Metric metric = Metrics.of(target.type());
            if (metric == null) {
                continue;
            }
            Resource alarm = first ? ctx.add(c, "AWS::CloudWatch::Alarm") : ctx.add(m, "Alarm", "AWS::CloudWatch::Alarm");
            first = false;
            Props cp = ctx.props(m);
            alarm.put("AlarmDescription", "Patternboard: " + metric.metric() + " of " + ctx.id(target));
            String metricName = cp.string("metricName", p.string("metricName"));
            boolean own = metricName != null && !metricName.isBlank();
            alarm.put("Namespace", own && p.string("namespace") != null ? p.string("namespace") : metric.namespace());
            alarm.put("MetricName", own ? metricName : metric.metric());
            List<Object> dims = Metrics.dimensions(metric, target, ctx);
            if (!dims.isEmpty()) {
                alarm.put("Dimensions", dims);
            }
            alarm.put("Statistic", p.string("statistic", metric.statistic()));
            alarm.put("Period", p.isSet("period") ? p.integer("period") : metric.period());
            alarm.put("EvaluationPeriods", cp.integer("evaluationPeriods") != null ? cp.integer("evaluationPeriods")
                    : p.integer("evaluationPeriods"));
            if (p.integer("datapointsToAlarm") != null) {
                alarm.put("DatapointsToAlarm", p.integer("datapointsToAlarm"));
            }
            Long threshold = cp.integer("threshold") != null ? cp.integer("threshold") : p.integer("threshold");
            alarm.put("Threshold", threshold != null ? threshold : metric.threshold());
            alarm.put("ComparisonOperator", p.string("comparisonOperator", metric.comparison()));
            alarm.put("TreatMissingData", p.string("treatMissingData"));
            putActions(alarm, c, ctx);
        }
        if (!children.isEmpty()) {
            Resource composite = first ? ctx.add(c, "AWS::CloudWatch::CompositeAlarm")
                    : ctx.add(c, "Composite", "AWS::CloudWatch::CompositeAlarm");
            composite.put("AlarmRule", children.size() == 1 ? children.get(0) : Fn.join(" OR ", children));
            composite.put("AlarmDescription", "Patternboard: any of the alarms " + ctx.id(c) + " watches");
            putActions(composite, c, ctx);
            first = false;
        }
        if (first) {
            String metricName = p.string("metricName");
            String namespace = p.string("namespace");
            if (metricName == null || namespace == null) {
                ctx.notExported(c, "an alarm needs something to monitor, or its own metricName and namespace");
                return;
            }
            Resource alarm = ctx.add(c, "AWS::CloudWatch::Alarm");
            alarm.put("Namespace", namespace);
            alarm.put("MetricName", metricName);
            alarm.put("Statistic", p.string("statistic", "Average"));
            alarm.put("Period", p.integer("period"));
            alarm.put("EvaluationPeriods", p.integer("evaluationPeriods"));
            alarm.put("Threshold", p.integer("threshold", 0));
            alarm.put("ComparisonOperator", p.string("comparisonOperator", "GreaterThanOrEqualToThreshold"));
            alarm.put("TreatMissingData", p.string("treatMissingData"));
            putActions(alarm, c, ctx);
        }
    }

    /** Whether an alarm has a metric of its own: a monitored component, or its own metric name and namespace. */
    static boolean hasMetricAlarm(Component alarm, ExportContext ctx) {
        Props p = ctx.props(alarm);
        for (Connection m : ctx.outgoing(alarm, ConnectionKind.MONITORS)) {
            if (isMetricTarget(ctx.component(m.to()))) {
                return true;
            }
        }
        return p.string("metricName") != null && p.string("namespace") != null;
    }

    /**
     * Whether an alarm component exports an alarm under its own logical id: a metric alarm, or a composite of
     * alarms that have metrics (composites of composites are not generated).
     */
    static boolean exportsAlarm(Component alarm, ExportContext ctx) {
        if (hasMetricAlarm(alarm, ctx)) {
            return true;
        }
        for (Connection m : ctx.outgoing(alarm, ConnectionKind.MONITORS)) {
            Component t = ctx.component(m.to());
            if (ALARM.equals(t.type()) && !t.id().equals(alarm.id()) && hasMetricAlarm(t, ctx)) {
                return true;
            }
        }
        return false;
    }

    private static void emitDashboard(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource d = ctx.add(c, "AWS::CloudWatch::Dashboard");
        Object widgets = p.value("widgets");
        if (widgets instanceof List<?> list && !list.isEmpty()) {
            String body = LambdaEmitter.json(Fn.map("widgets", list)).replace("${", "${!");
            d.put("DashboardBody", body.contains("${") ? Fn.sub(body) : body);
            return;
        }
        List<Object> generated = new ArrayList<>();
        Map<String, Object> vars = Fn.map();
        int y = 0;
        for (Connection m : ctx.outgoing(c, ConnectionKind.MONITORS)) {
            Component target = ctx.component(m.to());
            Metrics.Metric metric = Metrics.of(target.type());
            if (ALARM.equals(target.type()) && exportsAlarm(target, ctx)) {
                String var = "V" + vars.size();
                vars.put(var, Fn.getAtt(ctx.id(target), "Arn"));
                generated.add(Fn.map("type", "alarm", "x", 0L, "y", (long) y, "width", 12L, "height", 3L,
                        "properties", Fn.map("title", ctx.id(target), "alarms", List.of("${" + var + "}"))));
                y += 3;
                continue;
            }
            if (metric == null) {
                continue;
            }
            List<Object> line = new ArrayList<>(List.of(metric.namespace(), metric.metric()));
            for (Map.Entry<String, String> dim : metric.dimensions().entrySet()) {
                String var = "V" + vars.size();
                vars.put(var, Metrics.value(dim.getValue(), target, ctx));
                line.add(dim.getKey());
                line.add("${" + var + "}");
            }
            generated.add(Fn.map("type", "metric", "x", 0L, "y", (long) y, "width", 12L, "height", 6L,
                    "properties", Fn.map("title", ctx.id(target) + " " + metric.metric(), "view", "timeSeries",
                            "region", "${AWS::Region}", "stat", metric.statistic(), "period", metric.period(),
                            "metrics", List.of(line))));
            y += 6;
        }
        if (generated.isEmpty()) {
            generated.add(Fn.map("type", "text", "x", 0L, "y", 0L, "width", 12L, "height", 2L,
                    "properties", Fn.map("markdown", "Dashboard " + ctx.id(c) + ": connect it to what it monitors.")));
        }
        String body = LambdaEmitter.json(Fn.map("widgets", generated));
        d.put("DashboardBody", vars.isEmpty() ? (body.contains("${") ? Fn.sub(body) : body) : Fn.sub(body, vars));
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (c.type() + "/" + form) {
            case LOG_GROUP + "/arn" -> Fn.getAtt(id, "Arn");
            case LOG_GROUP + "/targetArn" -> Fn.sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:${" + id + "}");
            case LOG_GROUP + "/name", ALARM + "/name", DASHBOARD + "/name" -> Fn.ref(id);
            case ALARM + "/arn" -> Fn.getAtt(id, "Arn");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return LOG_GROUP.equals(c.type()) ? Map.of("NAME", Fn.ref(ctx.id(c))) : Map.of();
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        Component c = ctx.component(conn.from());
        if (ALARM.equals(c.type())) {
            if (conn.kind() == ConnectionKind.PUBLISHES) {
                return true;
            }
            if (conn.kind() == ConnectionKind.MONITORS) {
                Component t = ctx.component(conn.to());
                return isMetricTarget(t) || (ALARM.equals(t.type()) && !t.id().equals(c.id()) && hasMetricAlarm(t, ctx));
            }
        }
        return DASHBOARD.equals(c.type()) && conn.kind() == ConnectionKind.MONITORS;
    }

    @Override
    public void finish(Component c, ExportContext ctx) {
        List<ResourcePolicies.ServiceStatement> statements = ctx.resourcePolicies().of(c);
        if (statements.isEmpty()) {
            return;
        }
        // CloudWatch Logs resource policies are JSON text; ARNs enter through Fn::Sub variables
        Map<String, Object> vars = Fn.map("LogGroupArn", Fn.getAtt(ctx.id(c), "Arn"));
        List<Object> sources = new ArrayList<>();
        for (ResourcePolicies.ServiceStatement s : statements) {
            String var = "Source" + vars.size();
            vars.put(var, s.sourceArn());
            sources.add("${" + var + "}");
        }
        Map<String, Object> doc = Fn.map("Version", "2012-10-17", "Statement", List.of(Fn.map(
                "Sid", "EventBridgeDelivers",
                "Effect", "Allow",
                "Principal", Fn.map("Service", List.of("events.amazonaws.com", "delivery.logs.amazonaws.com")),
                "Action", List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                "Resource", "${LogGroupArn}",
                "Condition", Fn.map("ArnEquals", Fn.map("aws:SourceArn", sources)))));
        Resource policy = ctx.template().add(ResourcePolicies.policyId(ctx, c), "AWS::Logs::ResourcePolicy");
        ctx.tag(policy, c);
        policy.put("PolicyName", Fn.sub("${AWS::StackName}-" + ctx.id(c)));
        policy.put("PolicyDocument", Fn.sub(LambdaEmitter.json(doc), vars));
    }
}
