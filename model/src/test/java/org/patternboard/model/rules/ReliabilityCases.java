package org.patternboard.model.rules;

import static org.patternboard.model.rules.RuleCase.finding;
import static org.patternboard.model.rules.RuleCase.rule;
import static org.patternboard.model.rules.Types.*;

import java.util.List;
import java.util.Map;

/** Cases for the Reliability rules. */
final class ReliabilityCases {
    private ReliabilityCases() {
    }

    /** A queue feeding a function, with a DLQ: the shape several queue rules start from. */
    private static D queueToFunction() {
        return D.of().add("q", QUEUE, "visibilityTimeout", 60).add("fn", LAMBDA, "timeout", 10)
                .add("dlq", QUEUE, "messageRetention", 1_209_600)
                .connect("c1", "q", "triggers", "fn").connect("c2", "q", "failsTo", "dlq", "maxReceiveCount", 5);
    }

    static List<RuleCase> all() {
        return List.of(
                rule("REL-001").passes(ReliabilityCases::queueToFunction)
                        .fails("no DLQ", d -> d.remove("c2"), finding("q, fn", "messages that fn cannot process are retried"
                                + " until retention deletes them (messageRetention is not set, so AWS's default of 345600 s"))
                        .fails("pipe consumer", d -> d.add("q2", QUEUE).add("pipe", PIPE).connect("c3", "q2", "triggers", "pipe"),
                                finding("q2, pipe", "because the queue has no dead-letter queue"))
                        .alsoPasses("unconsumed queue", d -> d.add("lonely", QUEUE))
                        .build(),
                rule("REL-002").passes(ReliabilityCases::queueToFunction)
                        .fails("timeout above visibility", d -> d.set("fn", "timeout", 90), finding("q, fn, c1",
                                "visibilityTimeout is 60 s, shorter than the timeout of fn (timeout is 90 s)"))
                        .fails("default visibility", d -> d.unset("q", "visibilityTimeout").set("fn", "timeout", 45),
                                finding("q, fn, c1", "visibilityTimeout is not set, so AWS's default of 30 s applies, shorter"))
                        .build(),
                rule("REL-003").passes(ReliabilityCases::queueToFunction)
                        .fails("below six times", d -> d.set("fn", "timeout", 20),
                                finding("q, fn, c1", "visibilityTimeout is 60 s, below six times what fn may hold a batch (120 s)"))
                        .fails("batching window counts", d -> d.setOn("c1", "maxBatchingWindow", 5),
                                finding("q, fn, c1", "may hold a batch (90 s)"))
                        .alsoPasses("below 1x is REL-002's", d -> d.set("fn", "timeout", 90))
                        .build(),
                rule("REL-004").passes(() -> D.of().add("topic", TOPIC).add("fn", LAMBDA).add("dlq", QUEUE)
                                .connect("c1", "topic", "subscribes", "fn").connect("c2", "fn", "failsTo", "dlq"))
                        .fails("no destination", d -> d.remove("c2"), finding("fn, topic",
                                "topic invokes this function asynchronously; after Lambda's retries (maximumRetryAttempts is"
                                        + " not set, so AWS's default of 2 applies)"))
                        .fails("S3 notification", d -> d.add("b", BUCKET).add("fn2", LAMBDA).connect("c3", "b", "triggers", "fn2"),
                                finding("fn2, b", "b invokes this function asynchronously"))
                        .fails("Event invocation", d -> d.add("caller", LAMBDA).add("fn3", LAMBDA)
                                        .connect("c4", "caller", "invokes", "fn3", "invocationType", "Event"),
                                finding("fn3, caller", "caller invokes this function asynchronously"))
                        .alsoPasses("synchronous caller", d -> d.add("api", HTTP_API).add("fn4", LAMBDA)
                                .connect("c5", "api", "integrates", "fn4"))
                        .build(),
                rule("REL-005").passes(() -> D.of().add("ks", KINESIS_STREAM).add("fn", LAMBDA).add("dlq", QUEUE)
                                .connect("c1", "ks", "triggers", "fn").connect("c2", "fn", "failsTo", "dlq"))
                        .fails("no destination", d -> d.remove("c2"), finding("fn, ks, c1", "a record from ks that keeps"
                                + " failing blocks its shard (maximumRetryAttempts is not set, so AWS's default of -1 applies)"))
                        .fails("DLQ mechanism is not for streams", d -> d.setOn("c2", "mechanism", "DLQ"),
                                finding("fn, ks, c1", "has no on-failure destination"))
                        .alsoPasses("SQS source is not a stream", d -> d.add("q", QUEUE).add("fn2", LAMBDA)
                                .connect("c3", "q", "triggers", "fn2"))
                        .build(),
                rule("REL-006").passes(() -> D.of().add("topic", TOPIC).add("q", QUEUE).add("dlq", QUEUE)
                                .connect("c1", "topic", "subscribes", "q").connect("c2", "topic", "failsTo", "dlq"))
                        .fails("no DLQ", d -> d.remove("c2"),
                                finding("topic, q", "messages SNS cannot deliver to q are dropped after its retries"))
                        .build(),
                rule("REL-007").passes(() -> D.of().add("rule", EVENT_RULE).add("fn", LAMBDA).add("dlq", QUEUE)
                                .connect("c1", "rule", "routes", "fn").connect("c2", "rule", "failsTo", "dlq"))
                        .fails("rule without DLQ", d -> d.remove("c2"),
                                finding("rule, fn", "events that cannot be delivered to fn are dropped"))
                        .fails("schedule without DLQ", d -> d.add("sched", SCHEDULE).connect("c3", "sched", "triggers", "fn"),
                                finding("sched, fn", "events that cannot be delivered to fn"))
                        .build(),
                rule("REL-008").passes(() -> D.of().add("sm", STATE_MACHINE).add("fn", LAMBDA)
                                .connect("c1", "sm", "orchestrates", "fn", "retryMaxAttempts", 3))
                        .fails("no retry", d -> d.setOn("c1", "retryMaxAttempts", null), finding("sm, fn, c1",
                                "the task calling fn has no Catch and retryMaxAttempts is not set, so AWS's default of 0 applies"))
                        .alsoPasses("catch only", d -> d.setOn("c1", "retryMaxAttempts", 0, "catch", true))
                        .build(),
                rule("REL-009").passes(() -> D.of().add("fn", LAMBDA, "vpc", true).add("proxy", DB_PROXY).add("db", DB_INSTANCE)
                                .connect("c1", "fn", "connects", "proxy").connect("c2", "proxy", "connects", "db"))
                        .fails("direct", d -> d.remove("c1").connect("c3", "fn", "connects", "db"),
                                finding("fn, db, c3", "each concurrent execution opens its own connection to db"))
                        .build(),
                rule("REL-010").passes(() -> D.of().add("fn", LAMBDA, "vpc", true).add("proxy", DB_PROXY).add("efs", FILE_SYSTEM)
                                .connect("c1", "fn", "connects", "proxy").connect("c2", "fn", "mounts", "efs"))
                        .fails("outside VPC", d -> d.unset("fn", "vpc"), finding("fn, proxy, efs",
                                "vpc is not set, so AWS's default of false applies: the function cannot reach proxy, efs"))
                        .build(),
                rule("REL-011").passes(() -> D.of().add("fn1", LAMBDA).add("fn2", LAMBDA)
                                .connect("c1", "fn1", "invokes", "fn2", "invocationType", "Event"))
                        .fails("waits", d -> d.setOn("c1", "invocationType", null), finding("fn1, fn2, c1",
                                "calls fn2 and waits for it (invocationType is not set, so AWS's default of RequestResponse"))
                        .build(),
                rule("REL-012").passes(() -> D.of().add("db", DB_INSTANCE, "multiAz", true).add("aurora", DB_CLUSTER, "instances", 2))
                        .fails("instance", d -> d.unset("db", "multiAz"),
                                finding("db", "multiAz is not set, so AWS's default of false applies"))
                        .fails("cluster", d -> d.unset("aurora", "instances"),
                                finding("aurora", "instances is not set, so AWS's default of 1 applies"))
                        .build(),
                rule("REL-013").passes(() -> D.of().add("t", TABLE, "pointInTimeRecovery", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("t", "pointInTimeRecovery"))
                        .fails("AWS's default set", d -> d.set("t", "pointInTimeRecovery", false), finding("t", "pointInTimeRecovery is false"))
                        .build(),
                rule("REL-014").passes(() -> D.of().add("b", BUCKET, "versioned", true))
                        .fails("unset", d -> d.unset("b", "versioned"), finding("b", "versioned is not set"))
                        .build(),
                rule("REL-015").passes(() -> D.of().add("db", DB_INSTANCE, "deletionProtection", true)
                                .add("aurora", DB_CLUSTER, "deletionProtection", true))
                        .fails("instance", d -> d.unset("db", "deletionProtection"), finding("db", "deletionProtection is not set"))
                        .fails("cluster", d -> d.set("aurora", "deletionProtection", false),
                                finding("aurora", "deletionProtection is false"))
                        .build(),
                rule("REL-016").passes(() -> D.of().add("db", DB_INSTANCE))
                        .fails("no backups", d -> d.set("db", "backupRetentionDays", 0), finding("db", "backupRetentionDays is 0"))
                        .build(),
                rule("REL-017").passes(() -> D.of().add("cache", CACHE, "multiAz", true, "automaticFailover", true))
                        .fails("unset", d -> d.unset("cache", "multiAz").unset("cache", "automaticFailover"),
                                finding("cache", "multiAz is not set, so AWS's default of false applies and automaticFailover"))
                        .build(),
                rule("REL-018").passes(() -> D.of().add("mq", BROKER, "deploymentMode", "ACTIVE_STANDBY_MULTI_AZ"))
                        .fails("single", d -> d.unset("mq", "deploymentMode"),
                                finding("mq", "deploymentMode is not set, so AWS's default of SINGLE_INSTANCE applies"))
                        .build(),
                rule("REL-019").passes(() -> D.of().add("svc", FARGATE_SERVICE, "desiredCount", 2))
                        .fails("one task", d -> d.unset("svc", "desiredCount"),
                                finding("svc", "desiredCount is not set, so AWS's default of 1 applies"))
                        .build(),
                rule("REL-020").passes(() -> D.of().add("svc", FARGATE_SERVICE, "circuitBreaker", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("svc", "circuitBreaker"))
                        .fails("AWS's default set", d -> d.set("svc", "circuitBreaker", false), finding("svc", "circuitBreaker is false"))
                        .build(),
                rule("REL-021").passes(ReliabilityCases::queueToFunction)
                        .fails("default retention", d -> d.unset("dlq", "messageRetention"), finding("dlq, q, c2",
                                "messageRetention is not set, so AWS's default of 345600 s applies, not longer than the"
                                        + " retention of q"))
                        .build(),
                rule("REL-022").passes(() -> D.of().add("q", QUEUE, "fifo", true).add("dlq", QUEUE, "fifo", true)
                                .connect("c1", "q", "failsTo", "dlq"))
                        .fails("standard DLQ", d -> d.unset("dlq", "fifo"),
                                finding("q, dlq, c1", "this is a FIFO queue but its dead-letter queue dlq is not"))
                        .build(),
                rule("REL-023").passes(() -> D.of().add("q", QUEUE, "fifo", true).add("fn", LAMBDA)
                                .connect("c1", "q", "triggers", "fn", "batchSize", 10))
                        .fails("20", d -> d.setOn("c1", "batchSize", 20),
                                finding("q, fn, c1", "has batchSize is 20, above the FIFO limit of 10"))
                        .build(),
                rule("REL-024").passes(() -> D.of().add("q", QUEUE).add("fn", LAMBDA)
                                .connect("c1", "q", "triggers", "fn", "batchSize", 100, "maxBatchingWindow", 5))
                        .fails("no window", d -> d.setOn("c1", "maxBatchingWindow", null), finding("q, fn, c1",
                                "batchSize is 100 but maxBatchingWindow is not set, so AWS's default of 0 s applies"))
                        .build(),
                rule("REL-025").passes(() -> D.of().add("q", QUEUE).add("fn", LAMBDA)
                                .connect("c1", "q", "triggers", "fn", "reportBatchItemFailures", true))
                        .fails("unset", d -> d.setOn("c1", "reportBatchItemFailures", null), finding("fn, q, c1",
                                "delivers batches (batchSize is not set, so AWS's default of 10 applies) but"
                                        + " reportBatchItemFailures is not set"))
                        .alsoPasses("single records", d -> d.setOn("c1", "reportBatchItemFailures", null, "batchSize", 1))
                        .build(),
                rule("REL-026").passes(() -> D.of().add("fn", LAMBDA, "reservedConcurrency", 5).add("db", DB_INSTANCE)
                                .connect("c1", "fn", "connects", "db"))
                        .fails("unlimited", d -> d.unset("fn", "reservedConcurrency"),
                                finding("fn, db", "reservedConcurrency is not set, so a burst scales the function far beyond"))
                        .alsoPasses("queue maximum concurrency", d -> d.unset("fn", "reservedConcurrency").add("q", QUEUE)
                                .connect("c2", "q", "triggers", "fn", "maxConcurrency", 5))
                        .build(),
                rule("REL-027").passes(() -> D.of().add("api", REST_API, "throttlingRateLimit", 100, "throttlingBurstLimit", 50))
                        .fails("both unset", d -> d.unset("api", "throttlingRateLimit").unset("api", "throttlingBurstLimit"),
                                finding("api", "throttlingRateLimit is not set, so AWS's default of 10000 applies and"
                                        + " throttlingBurstLimit is not set, so AWS's default of 5000 applies"))
                        .fails("burst unset", d -> d.unset("api", "throttlingBurstLimit"),
                                finding("api", "throttlingBurstLimit is not set"))
                        .build(),
                rule("REL-028").passes(() -> D.of().add("fn", LAMBDA, "timeout", 10))
                        .fails("unset", d -> d.unset("fn", "timeout"),
                                finding("fn", "timeout is not set, so AWS's default of 3 s applies"))
                        .build(),
                rule("REL-029").passes(() -> D.of().add("api", REST_API).add("fn", LAMBDA, "timeout", 20)
                                .connect("c1", "api", "integrates", "fn"))
                        .fails("longer than 29 s", d -> d.set("fn", "timeout", 60),
                                finding("fn, api, c1", "timeout is 60 s but api stops waiting after 29000 ms"))
                        .fails("short integration timeout", d -> d.setOn("c1", "timeout", 5000),
                                finding("fn, api, c1", "stops waiting after 5000 ms"))
                        .build(),
                rule("REL-030").passes(() -> D.of().add("fn", LAMBDA, "timeout", 15).add("ext", HTTP_ENDPOINT)
                                .connect("c1", "fn", "invokes", "ext", "timeout", 5))
                        .fails("call as long as function", d -> d.set("fn", "timeout", 10).setOn("c1", "timeout", null),
                                finding("fn, ext, c1", "the call to ext may take 10 s (timeout is not set, so AWS's default"
                                        + " of 10 s applies) but the function may run only 10 s"))
                        .build(),
                rule("REL-031").passes(ReliabilityCases::queueToFunction)
                        .fails("default count", d -> d.setOn("c2", "maxReceiveCount", null),
                                finding("q, dlq, c2", "maxReceiveCount is not set, so AWS's default of 3 applies"))
                        .fails("queue property", d -> d.setOn("c2", "maxReceiveCount", null).set("q", "maxReceiveCount", 2),
                                finding("q, dlq, c2", "maxReceiveCount is 2"))
                        .build(),
                rule("REL-032").passes(() -> D.of().add("fn", LAMBDA, "reservedConcurrency", 5))
                        .fails("zero", d -> d.set("fn", "reservedConcurrency", 0), finding("fn", "reservedConcurrency is 0"))
                        .build(),
                rule("REL-033").passes(() -> D.of().add("fn", LAMBDA).add("sm", STATE_MACHINE, "type", "EXPRESS")
                                .connect("c1", "fn", "invokes", "sm", "operation", "StartSyncExecution"))
                        .fails("standard", d -> d.unset("sm", "type"), finding("sm, fn, c1",
                                "fn calls StartSyncExecution but type is not set, so AWS's default of STANDARD applies"))
                        .alsoPasses("asynchronous start", d -> d.unset("sm", "type").setOn("c1", "operation", "StartExecution"))
                        .build(),
                rule("REL-034").passes(() -> D.of().add("t", TABLE, "stream", "NEW_IMAGE").add("fn", LAMBDA)
                                .connect("c1", "t", "triggers", "fn"))
                        .fails("no stream", d -> d.unset("t", "stream"),
                                finding("t, fn", "stream is not set, so AWS's default of NONE applies: fn has nothing to read"))
                        .build(),
                rule("REL-035").passes(() -> D.of().add("t", FARGATE_TASK, "cpu", "1024", "memory", 4096)
                                .add("s", FARGATE_SERVICE, "cpu", "256", "memory", 2048))
                        .fails("too little memory", d -> d.set("t", "memory", 1024),
                                finding("t", "cpu is 1024 and memory is 1024 MB; with 1024 CPU units Fargate takes 2048 to 8192 MB"))
                        .fails("default memory on a large CPU", d -> d.set("s", "cpu", "4096").unset("s", "memory"),
                                finding("s", "cpu is 4096 and memory is not set, so AWS's default of 512 MB applies;"
                                        + " with 4096 CPU units Fargate takes 8192 to 30720 MB"))
                        .alsoPasses("both defaults", d -> d.unset("t", "cpu").unset("t", "memory"))
                        .build(),
                rule("REL-036").passes(() -> D.of().add("fs", FILE_SYSTEM, "throughputMode", "elastic"))
                        .fails("max I/O", d -> d.set("fs", "performanceMode", "maxIO"),
                                finding("fs", "throughputMode is elastic and performanceMode is maxIO; Elastic throughput needs General Purpose"))
                        .alsoPasses("max I/O with bursting", d -> d.set("fs", "performanceMode", "maxIO", "throughputMode", "bursting"))
                        .build(),
                rule("REL-037").passes(() -> D.of().add("k", KMS_KEY, "enableKeyRotation", true)
                                .add("mac", KMS_KEY, "keySpec", "HMAC_256", "keyUsage", "GENERATE_VERIFY_MAC"))
                        .fails("HMAC key for encryption", d -> d.unset("mac", "keyUsage"),
                                finding("mac", "keySpec is HMAC_256 and keyUsage is not set, so AWS's default of ENCRYPT_DECRYPT"
                                        + " applies; HMAC_256 keys support GENERATE_VERIFY_MAC"))
                        .fails("rotating an RSA key", d -> d.set("k", "keySpec", "RSA_2048"),
                                finding("k", "enableKeyRotation is true but keySpec is RSA_2048; only symmetric encryption keys rotate"))
                        .alsoPasses("RSA signing key", d -> d.set("k", "keySpec", "RSA_2048", "keyUsage", "SIGN_VERIFY", "enableKeyRotation", false))
                        .build(),
                rule("REL-038").passes(() -> D.of().add("q", QUEUE, "fifo", true).add("fn", LAMBDA)
                                .connect("c1", "q", "triggers", "fn", "batchSize", 10))
                        .fails("window", d -> d.setOn("c1", "maxBatchingWindow", 5),
                                finding("q, fn, c1", "has maxBatchingWindow is 5 s, but FIFO queues take no batching window"))
                        .alsoPasses("standard queue with a window", d -> d.set("q", "fifo", false).setOn("c1", "maxBatchingWindow", 5))
                        .build(),
                rule("REL-039").passes(() -> D.of().add("t", TOPIC).add("q", QUEUE, "encryption", "SQS_MANAGED")
                                .connect("c1", "t", "subscribes", "q"))
                        .fails("AWS managed key", d -> d.set("q", "encryption", "KMS"), finding("q, c1",
                                "encryption is KMS with no key of its own, so the AWS managed key applies, and t cannot use it to send here"))
                        .alsoPasses("own key", d -> d.set("q", "encryption", "KMS").add("k", KMS_KEY).connect("c2", "q", "uses", "k"))
                        .fails("topic on the managed key fed by an alarm", d -> d.set("t", "encryption", "KMS").add("a", ALARM)
                                        .connect("c3", "a", "publishes", "t"), finding("t, c3",
                                "encryption is KMS with no key of its own, so the AWS managed key applies, and a cannot use it to send here"))
                        .alsoPasses("alarm only watching the topic", d -> d.set("t", "encryption", "KMS").add("a", ALARM)
                                .connect("c3", "a", "monitors", "t"))
                        .build(),
                rule("REL-040").passes(() -> D.of().add("cdn", DISTRIBUTION).add("api", HTTP_API).connect("c1", "cdn", "serves", "api"))
                        .fails("endpoint off", d -> d.set("api", "disableExecuteApiEndpoint", true),
                                finding("cdn, api, c1", "api has disableExecuteApiEndpoint true, so the distribution cannot reach it"))
                        .build(),
                rule("REL-041").passes(() -> D.of().add("fn", LAMBDA, "vpc", true).add("proxy", DB_PROXY).add("db", DB_INSTANCE, "engine", "mysql")
                                .connect("c1", "fn", "connects", "proxy").connect("c2", "proxy", "connects", "db"))
                        .fails("oracle", d -> d.set("db", "engine", "oracle-ee"),
                                finding("proxy, db, c2", "db runs oracle-ee, which RDS Proxy does not support"))
                        .build(),
                rule("REL-042").passes(() -> D.of().add("zone", "aws.route53.hostedZone", "zoneName", "example.org")
                                .add("cert", "aws.certificatemanager.certificate", "domainName", "www.example.org")
                                .add("t", TABLE))
                        .fails("zone name unset", d -> d.unset("zone", "zoneName"),
                                finding("zone", "zoneName is not set, and a Route 53 hosted zone cannot be created without it"))
                        .fails("domain name blank", d -> d.set("cert", "domainName", " "),
                                finding("cert", "domainName is empty, and a"))
                        .build(),
                // stored values the loader keeps but no export can use: named with property, expectation and value
                rule("REL-043").passes(() -> D.of().add("fn", LAMBDA, "memorySize", 1024, "timeout", 30, "tracing", "Active",
                                "runtime", "java21", "futureOnly", Map.of("x", 1)))
                        .fails("memory is text", d -> d.set("fn", "memorySize", "lots"),
                                finding("fn", "'memorySize' is \"lots\" but must be a whole number"))
                        .fails("timeout is a list", d -> d.set("fn", "timeout", List.of(1)),
                                finding("fn", "'timeout' is [1] but must be a whole number"))
                        .fails("timeout is negative", d -> d.set("fn", "timeout", -5),
                                finding("fn", "'timeout' is -5 seconds but must be at least 1 seconds"))
                        .fails("tracing is a number", d -> d.set("fn", "tracing", 7),
                                finding("fn", "'tracing' is 7 but must be one of"))
                        .fails("runtime is an object, shown as JSON", d -> d.set("fn", "runtime", Map.of("x", 1)),
                                finding("fn", "'runtime' is {\"x\":1} but must be"))
                        .build(),
                // a kind the pair does not allow is kept by the reader but wired by no export
                rule("REL-044").passes(() -> D.of().add("api", HTTP_API).add("fn", LAMBDA)
                                .connect("c1", "api", "integrates", "fn"))
                        .fails("an HTTP API 'invokes' a function", d -> D.of().add("api", HTTP_API).add("fn", LAMBDA)
                                .connect("c1", "api", "invokes", "fn"),
                                finding("api, c1, fn", "cannot 'invokes'"))
                        .build(),
                rule("REL-045").passes(() -> D.of().add("sm", STATE_MACHINE, "definition", Map.of("StartAt", "Charge",
                                        "States", Map.of("Charge", Map.of("Type", "Task", "Resource", "arn:aws:states:::lambda:invoke",
                                                "Parameters", Map.of("FunctionName", "${fn}"), "End", true,
                                                "Retry", List.of(Map.of("ErrorEquals", List.of("States.ALL"), "MaxAttempts", 3,
                                                        "IntervalSeconds", 2, "BackoffRate", 2)),
                                                "Catch", List.of(Map.of("ErrorEquals", List.of("States.ALL"), "Next", "Charge"))))))
                                .add("fn", LAMBDA)
                                .connect("c1", "sm", "orchestrates", "fn", "retryMaxAttempts", 3, "retryInterval", 2,
                                        "retryBackoffRate", 2, "catch", true))
                        .fails("fewer retries on the connection", d -> d.setOn("c1", "retryMaxAttempts", 2),
                                finding("sm, fn, c1", "says retryMaxAttempts 2 with catch, but the definition's task Charge retries 3 times (interval 2 s, backoff 2) and catches errors"))
                        .fails("another interval", d -> d.setOn("c1", "retryInterval", 1), finding("sm, fn, c1", "task Charge retries 3 times"))
                        .fails("no catch on the connection", d -> d.setOn("c1", "catch", null), finding("sm, fn, c1", "without catch"))
                        .alsoPasses("no definition: the connections are the workflow", d -> d.unset("sm", "definition").setOn("c1", "retryMaxAttempts", 2))
                        .alsoPasses("a task the definition does not call", d -> d.add("fn2", LAMBDA).connect("c2", "sm", "orchestrates", "fn2"))
                        .build());
    }
}
