package org.patternboard.model.rules;

import static org.patternboard.model.rules.RuleCase.finding;
import static org.patternboard.model.rules.RuleCase.rule;
import static org.patternboard.model.rules.Types.*;

import java.util.List;
import java.util.Map;

/** Cases for the Security rules. */
final class SecurityCases {
    private SecurityCases() {
    }

    static List<RuleCase> all() {
        return List.of(
                rule("SEC-001").passes(() -> D.of().add("b", BUCKET))
                        .fails("off", d -> d.set("b", "blockPublicAccess", false), finding("b", "blockPublicAccess is false"))
                        .build(),
                rule("SEC-002").passes(() -> D.of().add("b", BUCKET, "enforceSsl", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("b", "enforceSsl"))
                        .fails("AWS's default set", d -> d.set("b", "enforceSsl", false), finding("b", "enforceSsl is false"))
                        .build(),
                rule("SEC-003").passes(() -> D.of().add("b", BUCKET))
                        .fails("ACLs", d -> d.set("b", "objectOwnership", "ObjectWriter"),
                                finding("b", "objectOwnership is ObjectWriter"))
                        .build(),
                rule("SEC-004").passes(() -> D.of().add("db", DB_INSTANCE, "storageEncrypted", true)
                                .add("aurora", DB_CLUSTER, "storageEncrypted", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("db", "storageEncrypted"))
                        .fails("AWS's default set", d -> d.set("db", "storageEncrypted", false), finding("db", "storageEncrypted is false"))
                        .fails("cluster", d -> d.set("aurora", "storageEncrypted", false),
                                finding("aurora", "storageEncrypted is false"))
                        .build(),
                rule("SEC-005").passes(() -> D.of().add("db", DB_INSTANCE))
                        .fails("public", d -> d.set("db", "publiclyAccessible", true), finding("db", "publiclyAccessible is true"))
                        .build(),
                rule("SEC-006").passes(() -> D.of().add("db", DB_INSTANCE, "manageMasterPassword", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("db", "manageMasterPassword"))
                        .fails("AWS's default set", d -> d.set("db", "manageMasterPassword", false), finding("db", "manageMasterPassword is false"))
                        .alsoPasses("connected secret", d -> d.unset("db", "manageMasterPassword").add("s", SECRET)
                                .connect("c1", "db", "uses", "s"))
                        .build(),
                rule("SEC-007").passes(() -> D.of().add("api", REST_API, "authorization", "IAM"))
                        .fails("none", d -> d.unset("api", "authorization"), finding("api",
                                "authorization is not set, so AWS's default of NONE applies and no authorizer is connected"))
                        .alsoPasses("Cognito authorizer", d -> d.unset("api", "authorization").add("pool", USER_POOL)
                                .connect("c1", "pool", "authorizes", "api"))
                        .fails("WebSocket", d -> d.add("ws", WEBSOCKET_API), finding("ws", "authorization is not set"))
                        .build(),
                rule("SEC-008").passes(() -> D.of().add("api", REST_API).add("waf", WEB_ACL)
                                .connect("c1", "waf", "protects", "api"))
                        .fails("unprotected", d -> d.remove("c1"),
                                finding("api", "this internet-facing entry point has no web ACL"))
                        .alsoPasses("private API", d -> d.remove("c1").set("api", "endpointType", "PRIVATE"))
                        .alsoPasses("behind a protected distribution", d -> d.remove("c1").add("cdn", DISTRIBUTION)
                                .connect("c2", "waf", "protects", "cdn").connect("c3", "cdn", "serves", "api"))
                        .fails("load balancer", d -> d.add("alb", ALB), finding("alb", "has no web ACL"))
                        .alsoPasses("internal load balancer", d -> d.add("alb", ALB, "scheme", "internal"))
                        .build(),
                rule("SEC-009").passes(() -> D.of().add("waf", WEB_ACL, "logging", true))
                        .fails("unset", d -> d.unset("waf", "logging"), finding("waf", "logging is not set"))
                        .build(),
                rule("SEC-010").passes(() -> D.of().add("cdn", DISTRIBUTION, "viewerProtocolPolicy", "redirect-to-https"))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("cdn", "viewerProtocolPolicy"))
                        .fails("AWS's default set", d -> d.set("cdn", "viewerProtocolPolicy", "allow-all"), finding("cdn", "viewerProtocolPolicy is allow-all"))
                        .build(),
                rule("SEC-011").passes(() -> D.of().add("cdn", DISTRIBUTION, "aliases", List.of("www.example.com"),
                                "minimumProtocolVersion", "TLSv1.2_2021"))
                        .fails("default TLS", d -> d.unset("cdn", "minimumProtocolVersion"),
                                finding("cdn", "minimumProtocolVersion is not set, so AWS's default of TLSv1 applies"))
                        .alsoPasses("default certificate", d -> d.unset("cdn", "minimumProtocolVersion").unset("cdn", "aliases"))
                        .build(),
                rule("SEC-012").passes(() -> D.of().add("cdn", DISTRIBUTION).add("b", BUCKET)
                                .connect("c1", "cdn", "serves", "b"))
                        .fails("website endpoint", d -> d.set("b", "websiteHosting", true),
                                finding("cdn, b, c1", "origin b is a website endpoint (websiteHosting is true)"))
                        .build(),
                rule("SEC-013").passes(() -> D.of().add("q", QUEUE))
                        .fails("off", d -> d.set("q", "encryption", "NONE"), finding("q", "encryption is NONE"))
                        .build(),
                rule("SEC-014").passes(() -> D.of().add("t", TOPIC, "encryption", "KMS"))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("t", "encryption"))
                        .fails("AWS's default set", d -> d.set("t", "encryption", "NONE"), finding("t", "encryption is NONE"))
                        .build(),
                rule("SEC-015").passes(() -> D.of().add("ks", KINESIS_STREAM, "encryption", "KMS")
                                .add("fh", FIREHOSE, "encryption", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("ks", "encryption"))
                        .fails("AWS's default set", d -> d.set("ks", "encryption", "NONE"), finding("ks", "encryption is NONE"))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("fh", "encryption"))
                        .fails("AWS's default set", d -> d.set("fh", "encryption", false), finding("fh", "encryption is false"))
                        .build(),
                rule("SEC-016").passes(() -> D.of().add("efs", FILE_SYSTEM, "encrypted", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("efs", "encrypted"))
                        .fails("AWS's default set", d -> d.set("efs", "encrypted", false), finding("efs", "encrypted is false"))
                        .build(),
                rule("SEC-017").passes(() -> D.of().add("cache", CACHE, "atRestEncryption", true, "transitEncryption", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("cache", "atRestEncryption"))
                        .fails("AWS's default set", d -> d.set("cache", "atRestEncryption", false), finding("cache", "atRestEncryption is false"))
                        .fails("both off", d -> d.set("cache", "atRestEncryption", false, "transitEncryption", false),
                                finding("cache", "atRestEncryption is false and transitEncryption is false"))
                        .build(),
                rule("SEC-018").passes(() -> D.of().add("key", KMS_KEY, "enableKeyRotation", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("key", "enableKeyRotation"))
                        .fails("AWS's default set", d -> d.set("key", "enableKeyRotation", false), finding("key", "enableKeyRotation is false"))
                        .alsoPasses("asymmetric key", d -> d.unset("key", "enableKeyRotation").set("key", "keySpec", "RSA_2048"))
                        .build(),
                rule("SEC-019").passes(() -> D.of().add("s", SECRET, "rotationDays", 30))
                        .fails("unset", d -> d.unset("s", "rotationDays"), finding("s", "rotationDays is not set; the secret"))
                        .build(),
                rule("SEC-020").passes(() -> D.of().add("pool", USER_POOL, "mfa", "ON"))
                        .fails("unset", d -> d.unset("pool", "mfa"),
                                finding("pool", "mfa is not set, so AWS's default of OFF applies"))
                        .build(),
                rule("SEC-021").passes(() -> D.of().add("pool", USER_POOL))
                        .fails("short", d -> d.set("pool", "passwordMinLength", 6), finding("pool", "passwordMinLength is 6"))
                        .build(),
                rule("SEC-022").passes(() -> D.of().add("fn", LAMBDA, "environment", Map.of("TABLE_NAME", "orders",
                                "DB_SECRET_ARN", "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db")))
                        .fails("password", d -> d.set("fn", "environment", Map.of("TABLE_NAME", "orders",
                                "DB_PASSWORD", "hunter2")), finding("fn", "environment variable DB_PASSWORD holds a literal"))
                        .fails("task", d -> d.add("task", FARGATE_TASK, "environment", Map.of("TOKEN", "abc",
                                "API_KEY", "xyz")), finding("task", "environment variables API_KEY, TOKEN hold a literal"))
                        .build(),
                rule("SEC-023").passes(() -> D.of().add("fn1", LAMBDA, "role", "shared").add("fn2", LAMBDA, "role", "other"))
                        .fails("shared", d -> d.set("fn2", "role", "shared"),
                                finding("fn1, fn2", "2 functions (fn1, fn2) share the execution role 'shared'"))
                        .build(),
                rule("SEC-024").passes(() -> D.of().add("gql", GRAPHQL_API, "authenticationType", "AMAZON_COGNITO_USER_POOLS"))
                        .fails("API key", d -> d.unset("gql", "authenticationType"),
                                finding("gql", "authenticationType is not set, so AWS's default of API_KEY applies"))
                        .build(),
                rule("SEC-025").passes(() -> D.of().add("api", REST_API, "requestValidation", true).add("fn", LAMBDA)
                                .connect("c1", "api", "integrates", "fn"))
                        .fails("unset", d -> d.unset("api", "requestValidation"), finding("api",
                                "requestValidation is not set, so AWS's default of false applies although the API accepts"))
                        .alsoPasses("GET only", d -> d.unset("api", "requestValidation").setOn("c1", "method", "GET"))
                        .build(),
                rule("SEC-026").passes(() -> D.of().add("alb", ALB, "listenerProtocol", "HTTPS"))
                        .fails("HTTP", d -> d.unset("alb", "listenerProtocol"), finding("alb",
                                "listenerProtocol is not set, so AWS's default of HTTP applies on an internet-facing load balancer:"))
                        .alsoPasses("internal", d -> d.unset("alb", "listenerProtocol").set("alb", "scheme", "internal"))
                        .build(),
                rule("SEC-027").passes(() -> D.of().add("mq", BROKER))
                        .fails("public", d -> d.set("mq", "publiclyAccessible", true), finding("mq", "publiclyAccessible is true"))
                        .build(),
                rule("SEC-028").passes(() -> D.of().add("proxy", DB_PROXY, "requireTls", true))
                        .fails("unset", d -> d.unset("proxy", "requireTls"), finding("proxy", "requireTls is not set"))
                        .build(),
                rule("SEC-029").passes(() -> D.of().add("db", DB_INSTANCE, "iamAuthentication", true))
                        .fails("unset", d -> d.unset("db", "iamAuthentication"), finding("db", "iamAuthentication is not set"))
                        .build(),
                rule("SEC-030").passes(() -> D.of().add("svc", FARGATE_SERVICE))
                        .fails("public IP", d -> d.set("svc", "assignPublicIp", true), finding("svc", "assignPublicIp is true"))
                        .build(),
                rule("SEC-031").passes(() -> D.of().add("repo", ECR, "scanOnPush", true))
                        .alsoPasses("unset: Patternboard's default is exported", d -> d.unset("repo", "scanOnPush"))
                        .fails("AWS's default set", d -> d.set("repo", "scanOnPush", false), finding("repo", "scanOnPush is false"))
                        .build(),
                rule("SEC-032").passes(() -> D.of().add("gql", GRAPHQL_API, "introspection", "DISABLED"))
                        .fails("unset", d -> d.unset("gql", "introspection"),
                                finding("gql", "introspection is not set, so AWS's default of ENABLED applies"))
                        .alsoPasses("private API", d -> d.unset("gql", "introspection").set("gql", "visibility", "PRIVATE"))
                        .build(),
                rule("SEC-033").passes(() -> D.of().add("http", HTTP_API, "corsAllowOrigins", List.of("https://app.example.com")))
                        .fails("wildcard", d -> d.set("http", "corsAllowOrigins", List.of("*")),
                                finding("http", "corsAllowOrigins is *"))
                        .build());
    }
}
