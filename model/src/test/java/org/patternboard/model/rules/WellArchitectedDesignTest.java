package org.patternboard.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.model.rules.Types.*;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;

/**
 * Rules must not nag a design built the well-architected way: a web front end, an authorised and throttled
 * API, fan-out with dead-letter queues and alarms, a throttled database consumer behind RDS Proxy, an event
 * rule and an Express workflow, all configured as the rules' remedies say, gives no error and no warning.
 */
class WellArchitectedDesignTest {

    private static D function(D d, String id, Object... extra) {
        d.add(id, LAMBDA, "runtime", "nodejs24.x", "timeout", 10, "memorySize", 1024, "tracing", "Active",
                "architecture", "arm64", "logRetentionDays", "30", "logFormat", "JSON");
        return extra.length == 0 ? d : d.set(id, extra);
    }

    private static D dlq(D d, String id, String alarm) {
        return d.add(id, QUEUE, "messageRetention", 1_209_600).add(alarm, ALARM)
                .connect(alarm + "-watch", alarm, "monitors", id).connect(alarm + "-notify", alarm, "publishes", "alerts");
    }

    static Architecture design() {
        // alarms publish as CloudWatch, which the AWS managed SNS key refuses: the topic has a key of its own
        D d = D.of().add("alerts", TOPIC, "encryption", "KMS").add("alertsKey", KMS_KEY, "enableKeyRotation", true)
                .connect("alerts-key", "alerts", "uses", "alertsKey").add("client", CLIENT);
        // Static site: CloudFront with WAF in front of a private bucket.
        d.add("cdn", DISTRIBUTION, "viewerProtocolPolicy", "redirect-to-https", "accessLogging", true, "compress", true,
                "httpVersion", "http2and3", "priceClass", "PriceClass_100", "aliases", List.of("www.example.com"),
                "minimumProtocolVersion", "TLSv1.2_2021", "defaultRootObject", "index.html")
                .add("edgeAcl", WEB_ACL, "scope", "CLOUDFRONT", "logging", true)
                .add("site", BUCKET, "enforceSsl", true, "versioned", true)
                .connect("w1", "client", "invokes", "cdn").connect("w2", "edgeAcl", "protects", "cdn")
                .connect("w3", "cdn", "serves", "site");
        // API: Cognito-authorised, throttled, logged, traced, validated, protected, alarmed.
        d.add("api", REST_API, "endpointType", "REGIONAL", "throttlingRateLimit", 500, "throttlingBurstLimit", 200,
                "accessLogging", true, "tracing", true, "executionLogging", "ERROR", "requestValidation", true)
                .add("apiAcl", WEB_ACL, "logging", true).add("users", USER_POOL, "mfa", "ON", "passwordMinLength", 12)
                .add("apiAlarm", ALARM)
                .connect("a1", "client", "invokes", "api").connect("a2", "apiAcl", "protects", "api")
                .connect("a3", "users", "authorizes", "api").connect("a4", "apiAlarm", "monitors", "api")
                .connect("a5", "apiAlarm", "publishes", "alerts");
        function(d, "orders").add("table", TABLE, "billingMode", "PAY_PER_REQUEST", "pointInTimeRecovery", true)
                .connect("a6", "api", "integrates", "orders").connect("a7", "orders", "readWrites", "table");
        // Fan-out: topic → queue → worker, with DLQs and alarms on them.
        d.add("events", TOPIC, "encryption", "KMS").add("queue", QUEUE, "visibilityTimeout", 60)
                .connect("f1", "orders", "publishes", "events").connect("f2", "events", "subscribes", "queue");
        dlq(d, "eventsDlq", "eventsDlqAlarm").connect("f3", "events", "failsTo", "eventsDlq");
        dlq(d, "queueDlq", "queueDlqAlarm").connect("f4", "queue", "failsTo", "queueDlq", "maxReceiveCount", 5);
        function(d, "worker", "vpc", true, "reservedConcurrency", 10)
                .connect("f5", "queue", "triggers", "worker", "reportBatchItemFailures", true);
        // The worker reaches a Multi-AZ, encrypted database through RDS Proxy.
        d.add("proxy", DB_PROXY, "engineFamily", "POSTGRESQL", "requireTls", true, "iamAuth", true)
                .add("db", DB_INSTANCE, "multiAz", true, "storageEncrypted", true, "deletionProtection", true,
                        "backupRetentionDays", 7, "manageMasterPassword", true, "iamAuthentication", true,
                        "performanceInsights", true)
                .connect("d1", "worker", "connects", "proxy").connect("d2", "proxy", "connects", "db");
        // An EventBridge rule with DLQs for delivery and for the function's own failures.
        d.add("bus", EVENT_BUS).add("rule", EVENT_RULE);
        function(d, "auditor").connect("e1", "worker", "publishes", "bus").connect("e2", "bus", "routes", "rule")
                .connect("e3", "rule", "routes", "auditor");
        dlq(d, "ruleDlq", "ruleDlqAlarm").connect("e4", "rule", "failsTo", "ruleDlq");
        dlq(d, "auditorDlq", "auditorDlqAlarm").connect("e5", "auditor", "failsTo", "auditorDlq");
        // A short Express workflow started by the API, with retries on its task and an alarm.
        d.add("flow", STATE_MACHINE, "type", "EXPRESS", "logging", "ALL", "tracing", true).add("flowAlarm", ALARM);
        function(d, "step").connect("s1", "api", "integrates", "flow")
                .connect("s2", "flow", "orchestrates", "step", "retryMaxAttempts", 3)
                .connect("s3", "flowAlarm", "monitors", "flow").connect("s4", "flowAlarm", "publishes", "alerts");
        return d.build();
    }

    @Test
    void aWellArchitectedDesignHasNoErrorsAndNoWarnings() {
        ValidationResult result = RuleEngine.standard().check(design());
        assertThat(result.findings().stream().filter(f -> f.severity() != Severity.INFO)
                .map(f -> f.ruleId() + " " + f.targets() + " " + f.message())).isEmpty();
        assertThat(result.scores().values()).allMatch(score -> score >= 90);
    }
}
