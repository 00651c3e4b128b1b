package org.patternboard.model.rules;

import static org.patternboard.model.rules.RuleCase.finding;
import static org.patternboard.model.rules.RuleCase.rule;
import static org.patternboard.model.rules.Types.*;

import java.util.List;

/** Cases for the Operational Excellence rules. */
final class OperationalCases {
    private OperationalCases() {
    }

    static List<RuleCase> all() {
        return List.of(
                rule("OPS-001").passes(() -> D.of().add("fn", LAMBDA, "tracing", "Active"))
                        .alsoPasses("tracing unset: Patternboard's default Active is exported", d -> d.unset("fn", "tracing"))
                        .fails("PassThrough", d -> d.set("fn", "tracing", "PassThrough"),
                                finding("fn", "tracing is PassThrough; requests through this function"))
                        .build(),
                rule("OPS-002").passes(() -> D.of().add("fn", LAMBDA, "runtime", "nodejs22.x"))
                        .fails("python3.8", d -> d.set("fn", "runtime", "python3.8"),
                                finding("fn", "runtime is python3.8, which AWS has deprecated"))
                        .fails("go1.x", d -> d.set("fn", "runtime", "go1.x"),
                                finding("fn", "provided.al2023 is the supported successor"))
                        .alsoPasses("container image", d -> d.set("fn", "runtime", "python3.8", "packageType", "Image"))
                        .build(),
                rule("OPS-003").passes(() -> D.of().add("fn", LAMBDA, "runtime", "nodejs24.x"))
                        .alsoPasses("unset: the catalog's default is the newest", d -> d.unset("fn", "runtime"))
                        .fails("nodejs22.x", d -> d.set("fn", "runtime", "nodejs22.x"), finding("fn", "nodejs24.x is the newest"))
                        .fails("java21", d -> d.set("fn", "runtime", "java21"), finding("fn", "java25 is the newest"))
                        .alsoPasses("deprecated is OPS-002's", d -> d.set("fn", "runtime", "python3.8"))
                        .build(),
                rule("OPS-004").passes(() -> D.of().add("api", REST_API, "accessLogging", true))
                        .fails("unset", d -> d.unset("api", "accessLogging"),
                                finding("api", "accessLogging is not set, so AWS's default of false applies"))
                        .alsoPasses("HTTP API unset: Patternboard's default true is exported", d -> d.add("http", HTTP_API))
                        .fails("HTTP API logs off", d -> d.add("http", HTTP_API, "accessLogging", false),
                                finding("http", "accessLogging is false"))
                        .build(),
                rule("OPS-005").passes(() -> D.of().add("api", REST_API, "tracing", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("api", "tracing"))
                        .fails("AWS's default set", d -> d.set("api", "tracing", false), finding("api", "tracing is false"))
                        .build(),
                rule("OPS-006").passes(() -> D.of().add("api", REST_API, "executionLogging", "ERROR"))
                        .fails("unset", d -> d.unset("api", "executionLogging"),
                                finding("api", "executionLogging is not set, so AWS's default of OFF applies"))
                        .build(),
                rule("OPS-007").passes(() -> D.of().add("sm", STATE_MACHINE, "logging", "ALL"))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("sm", "logging"))
                        .fails("AWS's default set", d -> d.set("sm", "logging", "OFF"), finding("sm", "logging is OFF"))
                        .alsoPasses("errors only", d -> d.set("sm", "logging", "ERROR"))
                        .build(),
                rule("OPS-008").passes(() -> D.of().add("sm", STATE_MACHINE, "tracing", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("sm", "tracing"))
                        .fails("AWS's default set", d -> d.set("sm", "tracing", false), finding("sm", "tracing is false"))
                        .build(),
                rule("OPS-009").passes(() -> D.of().add("gql", GRAPHQL_API, "logLevel", "ERROR"))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("gql", "logLevel"))
                        .fails("AWS's default set", d -> d.set("gql", "logLevel", "NONE"), finding("gql", "logLevel is NONE"))
                        .build(),
                rule("OPS-010").passes(() -> D.of().add("gql", GRAPHQL_API, "xrayEnabled", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("gql", "xrayEnabled"))
                        .fails("AWS's default set", d -> d.set("gql", "xrayEnabled", false), finding("gql", "xrayEnabled is false"))
                        .build(),
                rule("OPS-011").passes(() -> D.of().add("q", QUEUE).add("dlq", QUEUE).add("alarm", ALARM)
                                .connect("c1", "q", "failsTo", "dlq").connect("c2", "alarm", "monitors", "dlq"))
                        .fails("alarm removed", d -> d.remove("c2"),
                                finding("dlq, q", "failures of q land in this queue, but no alarm watches its depth"))
                        .alsoPasses("ordinary queue without alarm", d -> d.add("other", QUEUE))
                        .build(),
                rule("OPS-012").passes(() -> D.of().add("alarm", ALARM).add("topic", TOPIC)
                                .connect("c1", "alarm", "publishes", "topic"))
                        .fails("no topic", d -> d.remove("c1"), finding("alarm", "the alarm publishes to no SNS topic"))
                        .fails("actions disabled", d -> d.set("alarm", "actionsEnabled", false),
                                finding("alarm", "actionsEnabled is false"))
                        .build(),
                rule("OPS-013").passes(() -> D.of().add("cluster", ECS_CLUSTER, "containerInsights", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("cluster", "containerInsights"))
                        .fails("AWS's default set", d -> d.set("cluster", "containerInsights", false), finding("cluster", "containerInsights is false"))
                        .build(),
                rule("OPS-014").passes(() -> D.of().add("cdn", DISTRIBUTION, "accessLogging", true))
                        .fails("unset", d -> d.unset("cdn", "accessLogging"), finding("cdn", "accessLogging is not set"))
                        .build(),
                rule("OPS-015").passes(() -> D.of().add("alb", ALB, "accessLogs", true).add("nlb", NLB, "accessLogs", true))
                        .fails("ALB", d -> d.unset("alb", "accessLogs"), finding("alb", "accessLogs is not set"))
                        .fails("NLB", d -> d.set("nlb", "accessLogs", false), finding("nlb", "accessLogs is false"))
                        .build(),
                rule("OPS-016").passes(() -> D.of().add("fn", LAMBDA, "logFormat", "JSON"))
                        .fails("unset", d -> d.unset("fn", "logFormat"),
                                finding("fn", "logFormat is not set, so AWS's default of Text applies"))
                        .build(),
                rule("OPS-017").passes(() -> D.of().add("mq", BROKER, "generalLogs", true, "auditLogs", true))
                        .fails("general off", d -> d.unset("mq", "generalLogs"),
                                finding("mq", "generalLogs is not set, so AWS's default of false applies; broker problems"))
                        .fails("ActiveMQ audit off", d -> d.unset("mq", "auditLogs"), finding("mq", "auditLogs is not set"))
                        .alsoPasses("RabbitMQ has no audit log", d -> d.set("mq", "engineType", "RABBITMQ")
                                .unset("mq", "auditLogs"))
                        .build(),
                rule("OPS-018").passes(() -> D.of().add("api", REST_API).add("alarm", ALARM)
                                .connect("c1", "alarm", "monitors", "api"))
                        .fails("no alarm", d -> d.remove("c1"), finding("api", "no alarm watches 5XXError"))
                        .fails("state machine", d -> d.add("sm", STATE_MACHINE), finding("sm", "no alarm watches ExecutionsFailed"))
                        .build(),
                rule("OPS-019").passes(() -> D.of().add("api", HTTP_API).add("fn", LAMBDA)
                                .connect("c1", "api", "integrates", "fn"))
                        .fails("disconnected", d -> d.remove("c1"),
                                finding("fn", "no API, event source, schedule, workflow or other component invokes"))
                        .alsoPasses("authorizer", d -> d.remove("c1").connect("c2", "fn", "authorizes", "api"))
                        .build(),
                rule("OPS-020").passes(() -> D.of().add("q", QUEUE).add("fn", LAMBDA).connect("c1", "q", "triggers", "fn"))
                        .fails("no consumer", d -> d.remove("c1"), finding("q",
                                "no function or pipe consumes this queue and it is no one's dead-letter queue"))
                        .alsoPasses("dead-letter queue", d -> d.add("dlq", QUEUE).connect("c2", "q", "failsTo", "dlq"))
                        .build(),
                rule("OPS-021").passes(() -> D.of().add("db", DB_INSTANCE, "performanceInsights", true))
                        .fails("unset", d -> d.unset("db", "performanceInsights"),
                                finding("db", "performanceInsights is not set"))
                        .build(),
                rule("OPS-022").passes(() -> D.of().add("rule", EVENT_RULE).add("sched", SCHEDULE, "enabled", true))
                        .fails("rule disabled", d -> d.set("rule", "enabled", false), finding("rule", "enabled is false"))
                        .fails("schedule disabled", d -> d.set("sched", "enabled", false), finding("sched", "enabled is false"))
                        .build(),
                rule("OPS-023").passes(() -> D.of().add("a", ALARM, "comparisonOperator", "GreaterThanThreshold"))
                        .fails("band operator", d -> d.set("a", "comparisonOperator", "GreaterThanUpperThreshold"),
                                finding("a", "comparisonOperator is GreaterThanUpperThreshold, which needs an anomaly detection"
                                        + " band; the alarm has a fixed threshold"))
                        .build());
    }
}
