package org.patternboard.model.rules;

import static org.patternboard.model.rules.RuleCase.finding;
import static org.patternboard.model.rules.RuleCase.rule;
import static org.patternboard.model.rules.Types.*;

import java.util.List;
import java.util.Map;

/** Cases for the Performance Efficiency, Cost Optimization and Sustainability rules. */
final class OtherPillarCases {
    private OtherPillarCases() {
    }

    static List<RuleCase> performance() {
        return List.of(
                rule("PERF-001").passes(() -> D.of().add("fn", LAMBDA, "memorySize", 512))
                        .fails("unset", d -> d.unset("fn", "memorySize"),
                                finding("fn", "memorySize is not set, so AWS's default of 128 MB applies"))
                        .build(),
                rule("PERF-002").passes(() -> D.of().add("api", HTTP_API).add("fn", LAMBDA, "runtime", "java21",
                                "snapStart", "PublishedVersions").connect("c1", "api", "integrates", "fn"))
                        .fails("no SnapStart", d -> d.unset("fn", "snapStart"), finding("fn",
                                "snapStart is not set, so AWS's default of None applies for a java21 function"))
                        .alsoPasses("nobody waits", d -> d.unset("fn", "snapStart").remove("c1"))
                        .alsoPasses("provisioned concurrency", d -> d.unset("fn", "snapStart").set("fn", "provisionedConcurrency", 2))
                        .build(),
                rule("PERF-003").passes(() -> D.of().add("api", REST_API).add("fn", LAMBDA).add("topic", TOPIC)
                                .add("t", TABLE).connect("c1", "api", "integrates", "fn").connect("c2", "fn", "publishes", "topic")
                                .connect("c3", "fn", "readWrites", "t"))
                        .fails("only forwards", d -> d.remove("c3"), finding("fn, api, topic",
                                "the only thing this function does is pass requests from api to topic"))
                        .alsoPasses("HTTP API cannot integrate SNS", d -> d.remove("c3").remove("api").add("api", HTTP_API)
                                .connect("c1", "api", "integrates", "fn"))
                        .build(),
                rule("PERF-004").passes(() -> D.of().add("api", REST_API, "cacheEnabled", true).add("fn", LAMBDA)
                                .connect("c1", "api", "integrates", "fn", "method", "GET"))
                        .fails("no cache", d -> d.unset("api", "cacheEnabled"), finding("api",
                                "cacheEnabled is not set, so AWS's default of false applies although fn serves GET requests"))
                        .alsoPasses("writes only", d -> d.unset("api", "cacheEnabled").setOn("c1", "method", "POST"))
                        .build(),
                rule("PERF-005").passes(() -> D.of().add("t", TABLE, "billingMode", "PAY_PER_REQUEST"))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("t", "billingMode"))
                        .fails("AWS's default set", d -> d.set("t", "billingMode", "PROVISIONED"), finding("t", "billingMode is PROVISIONED"))
                        .build(),
                rule("PERF-006").passes(() -> D.of().add("ks", KINESIS_STREAM, "streamMode", "ON_DEMAND"))
                        .fails("one shard", d -> d.unset("ks", "streamMode"),
                                finding("ks", "streamMode is not set, so AWS's default of PROVISIONED applies; with one shard"))
                        .alsoPasses("sized shards", d -> d.set("ks", "streamMode", "PROVISIONED", "shardCount", 4))
                        .build(),
                rule("PERF-007").passes(() -> D.of().add("fn", LAMBDA, "vpc", true).add("db", DB_INSTANCE)
                                .connect("c1", "fn", "connects", "db"))
                        .fails("nothing in the VPC", d -> d.remove("c1"),
                                finding("fn", "vpc is true but the function connects to nothing inside the VPC"))
                        .build(),
                rule("PERF-008").passes(() -> D.of().add("cdn", DISTRIBUTION, "compress", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("cdn", "compress"))
                        .fails("AWS's default set", d -> d.set("cdn", "compress", false), finding("cdn", "compress is false"))
                        .build(),
                rule("PERF-009").passes(() -> D.of().add("cdn", DISTRIBUTION, "httpVersion", "http2and3"))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("cdn", "httpVersion"))
                        .fails("AWS's default set", d -> d.set("cdn", "httpVersion", "http1.1"), finding("cdn", "httpVersion is http1.1"))
                        .build(),
                rule("PERF-010").passes(() -> D.of().add("fn", LAMBDA, "runtime", "java21", "memorySize", 1024))
                        .fails("256 MB", d -> d.set("fn", "memorySize", 256), finding("fn", "memorySize is 256 MB; a Java"))
                        .alsoPasses("Python", d -> d.set("fn", "runtime", "python3.13", "memorySize", 128))
                        .build(),
                rule("PERF-011").passes(() -> D.of().add("cdn", DISTRIBUTION).add("api", REST_API, "endpointType", "REGIONAL")
                                .connect("c1", "cdn", "serves", "api"))
                        .fails("edge", d -> d.unset("api", "endpointType"), finding("api, cdn",
                                "endpointType is not set, so AWS's default of EDGE applies while cdn already serves it"))
                        .build(),
                rule("PERF-012").passes(() -> D.of().add("q", QUEUE).add("fn", LAMBDA)
                                .connect("c1", "q", "triggers", "fn", "batchSize", 10))
                        .fails("one", d -> d.setOn("c1", "batchSize", 1),
                                finding("fn, q, c1", "has batchSize is 1, one invocation per record"))
                        .build());
    }

    static List<RuleCase> cost() {
        return List.of(
                rule("COST-001").passes(() -> D.of().add("lg", LOG_GROUP, "retentionDays", "30"))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("lg", "retentionDays"))
                        .fails("AWS's default set", d -> d.set("lg", "retentionDays", "never"), finding("lg", "retentionDays is never"))
                        .build(),
                rule("COST-002").passes(() -> D.of().add("fn", LAMBDA, "logRetentionDays", "30"))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("fn", "logRetentionDays"))
                        .fails("AWS's default set", d -> d.set("fn", "logRetentionDays", "never"), finding("fn", "logRetentionDays is never"))
                        .alsoPasses("own log group", d -> d.unset("fn", "logRetentionDays").add("lg", LOG_GROUP)
                                .connect("c1", "fn", "writes", "lg"))
                        .build(),
                rule("COST-003").passes(() -> D.of().add("task", FARGATE_TASK, "logRetentionDays", "30"))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("task", "logRetentionDays"))
                        .fails("AWS's default set", d -> d.set("task", "logRetentionDays", "never"), finding("task", "logRetentionDays is never"))
                        .build(),
                rule("COST-004").passes(() -> D.of().add("api", HTTP_API).add("fn", LAMBDA, "provisionedConcurrency", 5)
                                .connect("c1", "api", "integrates", "fn"))
                        .fails("queue consumer", d -> d.remove("c1").add("q", QUEUE).connect("c2", "q", "triggers", "fn"),
                                finding("fn", "provisionedConcurrency is 5, billed around the clock"))
                        .build(),
                rule("COST-005").passes(() -> D.of().add("fn", LAMBDA, "timeout", 30))
                        .fails("maximum", d -> d.set("fn", "timeout", 900), finding("fn", "timeout is 900 s"))
                        .build(),
                rule("COST-006").passes(() -> D.of().add("cdn", DISTRIBUTION, "priceClass", "PriceClass_100"))
                        .fails("all", d -> d.unset("cdn", "priceClass"),
                                finding("cdn", "priceClass is not set, so AWS's default of PriceClass_All applies"))
                        .build(),
                rule("COST-007").passes(() -> D.of().add("fh", FIREHOSE, "compression", "GZIP").add("b", BUCKET)
                                .connect("c1", "fh", "writes", "b"))
                        .fails("uncompressed", d -> d.unset("fh", "compression"), finding("fh, b",
                                "compression is not set, so AWS's default of UNCOMPRESSED applies for the objects written to b"))
                        .build(),
                rule("COST-008").passes(() -> D.of().add("api", REST_API).add("sm", STATE_MACHINE, "type", "EXPRESS")
                                .connect("c1", "api", "integrates", "sm"))
                        .fails("standard", d -> d.unset("sm", "type"), finding("sm, api",
                                "type is not set, so AWS's default of STANDARD applies while api starts an execution"))
                        .build(),
                rule("COST-009").passes(() -> D.of().add("ks", KINESIS_STREAM, "encryption", "KMS"))
                        .fails("customer key", d -> d.add("key", KMS_KEY).connect("c1", "ks", "uses", "key"),
                                finding("ks, key, c1", "the stream uses the customer managed key key"))
                        .build(),
                rule("COST-010").passes(() -> D.of().add("ks", KINESIS_STREAM))
                        .fails("a week", d -> d.set("ks", "retentionHours", 168), finding("ks", "retentionHours is 168"))
                        .build(),
                // a function nothing in the design invokes gets the default 1M requests a month: 1M GB-s at 10 GB
                rule("COST-011").passes(() -> D.of().add("fn", LAMBDA, "architecture", "arm64", "memorySize", 10240))
                        .fails("x86", d -> d.unset("fn", "architecture"), finding("fn",
                                "x86_64 applies: its compute costs $16.67 a month; on arm64 it would cost $13.33 (20% less)"))
                        .alsoPasses("x86 but small", d -> d.unset("fn", "architecture").set("fn", "memorySize", 128))
                        .build(),
                rule("COST-012").passes(() -> D.of().add("t", TABLE))
                        .fails("idle capacity", d -> d.set("t", "billingMode", "PROVISIONED", "readCapacity", 100,
                                        "writeCapacity", 100),
                                finding("t", "billingMode is PROVISIONED: its capacity costs $56.94 a month but the traffic"
                                        + " uses 0% of it; on demand the same requests would cost $0.00"))
                        .build());
    }

    static List<RuleCase> sustainability() {
        return List.of(
                rule("SUS-001").passes(() -> D.of().add("fn", LAMBDA, "architecture", "arm64"))
                        .fails("x86", d -> d.unset("fn", "architecture"),
                                finding("fn", "architecture is not set, so AWS's default of x86_64 applies"))
                        .alsoPasses("x86-only layer", d -> d.unset("fn", "architecture")
                                .add("layer", LAYER, "compatibleArchitectures", List.of("x86_64"))
                                .connect("c1", "fn", "uses", "layer"))
                        .build(),
                rule("SUS-002").passes(() -> D.of().add("svc", FARGATE_SERVICE, "architecture", "ARM64"))
                        .fails("x86", d -> d.unset("svc", "architecture"),
                                finding("svc", "architecture is not set, so AWS's default of X86_64 applies"))
                        .build(),
                rule("SUS-003").passes(() -> D.of().add("b", BUCKET, "lifecycleExpirationDays", 365))
                        .fails("no lifecycle", d -> d.unset("b", "lifecycleExpirationDays"),
                                finding("b", "lifecycleExpirationDays is not set, so every object is kept for ever"))
                        .alsoPasses("site content", d -> d.unset("b", "lifecycleExpirationDays").add("cdn", DISTRIBUTION)
                                .connect("c1", "cdn", "serves", "b"))
                        .build(),
                rule("SUS-004").passes(() -> D.of().add("svc", FARGATE_SERVICE, "minCapacity", 2, "maxCapacity", 4))
                        .fails("fixed", d -> d.unset("svc", "maxCapacity"),
                                finding("svc", "maxCapacity is not set, so the service runs a fixed number of tasks"))
                        .build(),
                rule("SUS-005").passes(() -> D.of().add("sched", SCHEDULE, "scheduleExpression", "rate(1 hour)")
                                .add("fn", LAMBDA).connect("c1", "sched", "triggers", "fn"))
                        .fails("every minute", d -> d.set("sched", "scheduleExpression", "rate(1 minute)"),
                                finding("sched, fn", "scheduleExpression is rate(1 minute): fn runs every 1 minute"))
                        .fails("cron every two minutes", d -> d.add("rule", EVENT_RULE, "schedule", "cron(0/2 * * * ? *)")
                                .connect("c2", "rule", "routes", "fn"), finding("rule, fn", "fn runs every 2 minutes"))
                        .alsoPasses("quarter-hourly", d -> d.set("sched", "scheduleExpression", "rate(15 minutes)"))
                        .build(),
                rule("SUS-006").passes(() -> D.of().add("cluster", ECS_CLUSTER, "fargateSpot", true))
                        .fails("unset", d -> d.unset("cluster", "fargateSpot"), finding("cluster", "fargateSpot is not set"))
                        .build(),
                rule("SUS-007").passes(() -> D.of().add("pipe", PIPE, "filterPattern", Map.of("source", List.of("orders"))))
                        .fails("unfiltered", d -> d.unset("pipe", "filterPattern"),
                                finding("pipe", "filterPattern is not set, so every source event reaches the target"))
                        .build(),
                rule("SUS-008").passes(() -> D.of().add("t", TABLE, "stream", "NEW_IMAGE").add("fn", LAMBDA)
                                .connect("c1", "t", "triggers", "fn"))
                        .fails("unread", d -> d.remove("c1"), finding("t", "stream is NEW_IMAGE but nothing consumes the stream"))
                        .alsoPasses("no stream", d -> d.remove("c1").unset("t", "stream"))
                        .build());
    }
}
