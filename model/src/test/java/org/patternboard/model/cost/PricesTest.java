package org.patternboard.model.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.patternboard.model.cost.CostFixtures.comp;
import static org.patternboard.model.cost.CostFixtures.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.model.cost.estimate.ComponentCost;
import org.patternboard.model.cost.estimate.CostEstimate;
import org.patternboard.model.cost.estimate.EstimateOptions;
import org.patternboard.model.cost.estimate.Estimator;

/**
 * One hand-computed example per priced type, against the us-east-1 table. Each cites the AWS pricing page whose
 * rates (and, where the page has one, whose worked example) the figure is computed from; a month is 730 hours.
 */
class PricesTest {
    final Estimator estimator = Estimator.standard();

    /**
     * https://aws.amazon.com/lambda/pricing/ example: 512 MB, 3 million invocations of 1 s a month: 1,500,000 GB-s x
     * $0.0000166667 = $25.00, requests 3M x $0.20/M = $0.60; with the free tier (400,000 GB-s, 1M requests) $18.33 +
     * $0.40.
     */
    @Test
    void lambdaX86() {
        Map<String, Object> usage = Map.of("requestsPerMonth", 3_000_000, "durationMs", 1000, "logKbPerInvocation", 0);
        ComponentCost c = one("aws.lambda.function", Map.of("memorySize", 512, "architecture", "x86_64"), usage);
        assertThat(c.item("requests").monthly()).isCloseTo(0.60, within(1e-9));
        assertThat(c.item("compute (x86)").quantity()).isEqualTo(1_500_000);
        assertThat(c.item("compute (x86)").monthly()).isCloseTo(25.00, within(0.001));
        assertThat(c.monthly()).isCloseTo(25.60, within(0.001));
        ComponentCost free = one("aws.lambda.function", Map.of("memorySize", 512, "architecture", "x86_64"), usage, true);
        assertThat(free.item("compute (x86)").monthly()).isCloseTo(18.33, within(0.005));
        assertThat(free.item("requests").monthly()).isCloseTo(0.40, within(1e-9));
    }

    /** https://aws.amazon.com/lambda/pricing/: the same on arm64 at $0.0000133334 per GB-s: $20.00 + $0.60. */
    @Test
    void lambdaArm64() {
        ComponentCost c = one("aws.lambda.function", Map.of("memorySize", 512, "architecture", "arm64"),
                Map.of("requestsPerMonth", 3_000_000, "durationMs", 1000, "logKbPerInvocation", 0));
        assertThat(c.item("compute (arm64)").monthly()).isCloseTo(20.00, within(0.001));
        assertThat(c.item("compute (x86)")).isNull();
        assertThat(c.monthly()).isCloseTo(20.60, within(0.001));
    }

    /**
     * https://aws.amazon.com/lambda/pricing/ (provisioned concurrency $0.0000041667 per GB-s): 10 instances of 1 GB
     * all month = 26,280,000 GB-s = $109.50; logs: 1 GB ingested at $0.50, kept 30 days at $0.03.
     */
    @Test
    void lambdaProvisionedConcurrencyAndLogs() {
        ComponentCost c = one("aws.lambda.function",
                Map.of("memorySize", 1024, "architecture", "x86_64", "provisionedConcurrency", 10, "logRetentionDays", "30"),
                Map.of("requestsPerMonth", 1_048_576, "durationMs", 0));
        assertThat(c.item("provisioned concurrency (x86)").monthly()).isCloseTo(109.50, within(0.01));
        assertThat(c.item("log ingestion").monthly()).isCloseTo(0.50, within(1e-9));
        assertThat(c.item("log storage").monthly()).isCloseTo(0.03, within(1e-9));
    }

    /** https://aws.amazon.com/api-gateway/pricing/: 5M REST requests x $3.50/M = $17.50; a 0.5 GB cache $0.02/h = $14.60. */
    @Test
    void restApi() {
        ComponentCost c = one("aws.apigateway.restApi", Map.of("cacheEnabled", true), Map.of("requestsPerMonth", 5_000_000));
        assertThat(c.item("requests").monthly()).isCloseTo(17.50, within(1e-9));
        assertThat(c.item("cache").monthly()).isCloseTo(14.60, within(1e-9));
    }

    /** https://aws.amazon.com/api-gateway/pricing/: the first 300M HTTP API requests at $1.00/M, the rest at $0.90/M. */
    @Test
    void httpApiTiers() {
        ComponentCost c = one("aws.apigatewayv2.httpApi", Map.of(), Map.of("requestsPerMonth", 400_000_000));
        assertThat(c.monthly()).isCloseTo(300 + 90, within(1e-6));
    }

    /** https://aws.amazon.com/api-gateway/pricing/: 1M WebSocket messages $1.00, 300,000 connection minutes x $0.25/M. */
    @Test
    void webSocketApi() {
        ComponentCost c = one("aws.apigatewayv2.webSocketApi", Map.of(),
                Map.of("requestsPerMonth", 1_000_000, "connectionMinutes", 300_000));
        assertThat(c.monthly()).isCloseTo(1.075, within(1e-9));
    }

    /** https://aws.amazon.com/appsync/pricing/: 1M query and mutation operations x $4.00/M. */
    @Test
    void appSync() {
        assertThat(one("aws.appsync.graphqlApi", Map.of(), Map.of("requestsPerMonth", 1_000_000)).monthly())
                .isCloseTo(4.00, within(1e-9));
    }

    /** https://aws.amazon.com/cloudfront/pricing/: 10M HTTPS requests $10.00, 100 GB out to the US at $0.085. */
    @Test
    void cloudFront() {
        ComponentCost c = one("aws.cloudfront.distribution", Map.of(),
                Map.of("requestsPerMonth", 10_000_000, "dataOutGb", 100));
        assertThat(c.item("HTTPS requests").monthly()).isCloseTo(10.00, within(1e-9));
        assertThat(c.item("data transfer out").monthly()).isCloseTo(8.50, within(1e-9));
    }

    /** https://aws.amazon.com/waf/pricing/: web ACL $5, one managed rule group and one rate rule $1 each, 10M requests x $0.60/M. */
    @Test
    void waf() {
        ComponentCost c = one("aws.wafv2.webAcl", Map.of("rateLimit", 2000), Map.of("requestsPerMonth", 10_000_000));
        assertThat(c.monthly()).isCloseTo(5 + 1 + 1 + 6, within(1e-9));
    }

    /** https://aws.amazon.com/sqs/pricing/: 10M standard requests x $0.40/M = $4.00; FIFO x $0.50/M = $5.00. */
    @Test
    void sqsStandardAndFifo() {
        Map<String, Object> usage = Map.of("requestsPerMonth", 10_000_000, "requestsPerMessage", 1);
        assertThat(one("aws.sqs.queue", Map.of(), usage).monthly()).isCloseTo(4.00, within(1e-9));
        assertThat(one("aws.sqs.queue", Map.of("fifo", true), usage).monthly()).isCloseTo(5.00, within(1e-9));
    }

    /** https://aws.amazon.com/sns/pricing/: 10M standard publishes x $0.50/M = $5.00. */
    @Test
    void sns() {
        assertThat(one("aws.sns.topic", Map.of(), Map.of("requestsPerMonth", 10_000_000)).monthly()).isCloseTo(5.00, within(1e-9));
    }

    /** https://aws.amazon.com/eventbridge/pricing/: 5M custom events x $1.00/M = $5.00. */
    @Test
    void eventBridgeBus() {
        assertThat(one("aws.events.eventBus", Map.of(), Map.of("requestsPerMonth", 5_000_000)).monthly()).isCloseTo(5.00, within(1e-9));
    }

    /** https://aws.amazon.com/eventbridge/pricing/ (Scheduler): 20M invocations x $1.00/M; the free tier takes off 14M. */
    @Test
    void scheduler() {
        Map<String, Object> usage = Map.of("requestsPerMonth", 20_000_000);
        assertThat(one("aws.scheduler.schedule", Map.of(), usage).monthly()).isCloseTo(20.00, within(1e-9));
        assertThat(one("aws.scheduler.schedule", Map.of(), usage, true).monthly()).isCloseTo(6.00, within(1e-9));
    }

    /** https://aws.amazon.com/eventbridge/pricing/ (Pipes): 10M requests x $0.40/M = $4.00. */
    @Test
    void pipes() {
        assertThat(one("aws.pipes.pipe", Map.of(), Map.of("requestsPerMonth", 10_000_000)).monthly()).isCloseTo(4.00, within(1e-9));
    }

    /** https://aws.amazon.com/step-functions/pricing/: 3M Standard executions of 10 transitions = 30M x $0.025/1,000 = $750. */
    @Test
    void stepFunctionsStandard() {
        ComponentCost c = one("aws.stepfunctions.stateMachine", Map.of("type", "STANDARD"), Map.of("requestsPerMonth", 3_000_000));
        assertThat(c.item("state transitions").quantity()).isEqualTo(30_000_000);
        assertThat(c.monthly()).isCloseTo(750.00, within(1e-6));
    }

    /**
     * https://aws.amazon.com/step-functions/pricing/ Express example: 1M executions of 30 s at 64 MB: requests $1.00,
     * 1,875,000 GB-s x $0.00001667 = $31.25.
     */
    @Test
    void stepFunctionsExpress() {
        ComponentCost c = one("aws.stepfunctions.stateMachine", Map.of("type", "EXPRESS"),
                Map.of("requestsPerMonth", 1_000_000, "durationMs", 30_000));
        assertThat(c.item("Express requests").monthly()).isCloseTo(1.00, within(1e-9));
        assertThat(c.item("Express duration").monthly()).isCloseTo(31.25, within(0.001));
    }

    /** https://aws.amazon.com/dynamodb/pricing/on-demand/: 10M writes x $0.625/M, 10M reads x $0.125/M, 1 GB x $0.25. */
    @Test
    void dynamoDbOnDemand() {
        ComponentCost c = one("aws.dynamodb.table", Map.of("billingMode", "PAY_PER_REQUEST", "pointInTimeRecovery", false),
                Map.of("requestsPerMonth", 10_000_000));
        assertThat(c.item("write request units").monthly()).isCloseTo(6.25, within(1e-9));
        // an entry rate on a table counts as writes; reads come from read connections
        assertThat(c.item("storage").monthly()).isCloseTo(0.25, within(1e-9));
        assertThat(c.monthly()).isCloseTo(6.50, within(1e-9));
    }

    /** https://aws.amazon.com/dynamodb/pricing/provisioned/: 5 WCU x 730 h x $0.00065 = $2.3725, 5 RCU x $0.00013 = $0.4745. */
    @Test
    void dynamoDbProvisioned() {
        ComponentCost c = one("aws.dynamodb.table", Map.of("billingMode", "PROVISIONED", "readCapacity", 5, "writeCapacity", 5,
                "pointInTimeRecovery", false), Map.of("storageGb", 0));
        assertThat(c.monthly()).isCloseTo(2.3725 + 0.4745, within(1e-9));
    }

    /** https://aws.amazon.com/s3/pricing/: 100 GB Standard x $0.023, 10,000 PUTs x $0.005/1,000. */
    @Test
    void s3() {
        ComponentCost c = one("aws.s3.bucket", Map.of(), Map.of("requestsPerMonth", 10_000, "storageGb", 100));
        assertThat(c.item("storage (Standard)").monthly()).isCloseTo(2.30, within(1e-9));
        assertThat(c.item("PUT, COPY, POST, LIST requests").monthly()).isCloseTo(0.05, within(1e-9));
    }

    /** https://aws.amazon.com/kinesis/data-streams/pricing/: 2 shards x 730 h x $0.015 = $21.90; 100M PUT units x $0.014/M. */
    @Test
    void kinesisProvisioned() {
        ComponentCost c = one("aws.kinesis.stream", Map.of("streamMode", "PROVISIONED", "shardCount", 2),
                Map.of("requestsPerMonth", 100_000_000));
        assertThat(c.item("shard hours").monthly()).isCloseTo(21.90, within(1e-9));
        assertThat(c.item("PUT payload units").monthly()).isCloseTo(1.40, within(1e-9));
        assertThat(c.item("extended retention").monthly()).isZero();
    }

    /** https://aws.amazon.com/kinesis/data-streams/pricing/ (on-demand): 730 stream-hours x $0.04, 1 GB in x $0.08, out x $0.04. */
    @Test
    void kinesisOnDemand() {
        ComponentCost c = one("aws.kinesis.stream", Map.of("streamMode", "ON_DEMAND"),
                Map.of("requestsPerMonth", 1_048_576, "payloadKb", 1));
        assertThat(c.monthly()).isCloseTo(29.20 + 0.08 + 0.04, within(1e-9));
    }

    /** https://aws.amazon.com/firehose/pricing/: records billed in 5 KB steps; 1,048,576 x 100 records = 500 GB x $0.029. */
    @Test
    void firehose() {
        ComponentCost c = one("aws.kinesisfirehose.deliveryStream", Map.of(), Map.of("requestsPerMonth", 104_857_600));
        assertThat(c.item("ingestion").quantity()).isCloseTo(500, within(1e-9));
        assertThat(c.monthly()).isCloseTo(14.50, within(1e-9));
    }

    /** https://aws.amazon.com/cloudwatch/pricing/: a standard alarm $0.10 a month, a dashboard $3.00. */
    @Test
    void cloudWatchAlarmAndDashboard() {
        assertThat(one("aws.cloudwatch.alarm", Map.of(), Map.of()).monthly()).isCloseTo(0.10, within(1e-9));
        assertThat(one("aws.cloudwatch.dashboard", Map.of(), Map.of()).monthly()).isCloseTo(3.00, within(1e-9));
    }

    /**
     * https://aws.amazon.com/cloudwatch/pricing/ (logs): 10 GB ingested x $0.50 = $5.00; kept 30 days, 10 GB-months
     * x $0.03; kept for ever, a year's worth (120 GB-months) = $3.60 and growing. No data: $0 and priced.
     */
    @Test
    void logGroup() {
        Map<String, Object> usage = Map.of("ingestedGb", 10);
        assertThat(one("aws.logs.logGroup", Map.of("retentionDays", "30"), usage).monthly()).isCloseTo(5.30, within(1e-9));
        assertThat(one("aws.logs.logGroup", Map.of("retentionDays", "never"), usage).item("storage").monthly())
                .isCloseTo(3.60, within(1e-9));
        ComponentCost empty = one("aws.logs.logGroup", Map.of(), Map.of());
        assertThat(empty.status()).isEqualTo(ComponentCost.Status.PRICED);
        assertThat(empty.monthly()).isZero();
    }

    /** https://aws.amazon.com/rds/postgresql/pricing/: db.t4g.micro $0.016/h x 730 = $11.68, 20 GB gp3 x $0.115; Multi-AZ doubles. */
    @Test
    void rdsInstance() {
        ComponentCost c = one("aws.rds.dbInstance", Map.of("engine", "postgres", "instanceClass", "db.t4g.micro"), Map.of());
        assertThat(c.monthly()).isCloseTo(11.68 + 2.30, within(1e-9));
        ComponentCost multi = one("aws.rds.dbInstance", Map.of("engine", "postgres", "instanceClass", "db.t4g.micro",
                "multiAz", true), Map.of());
        assertThat(multi.monthly()).isCloseTo(2 * (11.68 + 2.30), within(1e-9));
        ComponentCost oracle = one("aws.rds.dbInstance", Map.of("engine", "oracle-ee"), Map.of());
        assertThat(oracle.status()).isEqualTo(ComponentCost.Status.UNPRICED);
        assertThat(oracle.note()).isEqualTo("no price for engine 'oracle-ee'");
    }

    /** https://aws.amazon.com/rds/aurora/pricing/: Serverless v2 at 0.5 ACU x 730 h x $0.12 = $43.80, 10 GB x $0.10. */
    @Test
    void auroraServerless() {
        ComponentCost c = one("aws.rds.dbCluster", Map.of("serverlessV2", true), Map.of());
        assertThat(c.monthly()).isCloseTo(43.80 + 1.00, within(1e-9));
    }

    /** https://aws.amazon.com/rds/proxy/pricing/: 2 database vCPUs x 730 h x $0.015 = $21.90. */
    @Test
    void rdsProxy() {
        assertThat(one("aws.rds.dbProxy", Map.of(), Map.of()).monthly()).isCloseTo(21.90, within(1e-9));
    }

    /** https://aws.amazon.com/elasticache/pricing/: a primary and a replica of cache.t4g.micro, 2 x 730 h x $0.016. */
    @Test
    void elastiCache() {
        ComponentCost c = one("aws.elasticache.replicationGroup", Map.of("nodeType", "cache.t4g.micro", "replicasPerNodeGroup", 1), Map.of());
        assertThat(c.monthly()).isCloseTo(23.36, within(1e-9));
    }

    /** https://aws.amazon.com/fargate/pricing/: one task of 0.25 vCPU and 0.5 GB all month: $7.3876 + $1.6224. */
    @Test
    void fargateService() {
        ComponentCost c = one("aws.ecs.fargateService", Map.of("cpu", "256", "memory", 512, "desiredCount", 1), Map.of());
        assertThat(c.monthly()).isCloseTo(730 * 0.25 * 0.04048 + 730 * 0.5 * 0.004445, within(1e-9));
    }

    /** https://aws.amazon.com/fargate/pricing/ (arm64): 1,200 runs of 5 minutes at 1 vCPU and 2 GB = 100 h x ($0.03238 + 2 x $0.00356). */
    @Test
    void fargateTaskArm() {
        ComponentCost c = one("aws.ecs.fargateTask", Map.of("cpu", "1024", "memory", 2048, "architecture", "ARM64"),
                Map.of("requestsPerMonth", 1200));
        assertThat(c.monthly()).isCloseTo(100 * (0.03238 + 2 * 0.00356), within(1e-9));
    }

    /** https://aws.amazon.com/vpc/pricing/: a NAT gateway 730 h x $0.045 = $32.85, 100 GB processed x $0.045. */
    @Test
    void natGateway() {
        ComponentCost c = one("aws.ec2.natGateway", Map.of(), Map.of("requestsPerMonth", 104_857_600, "payloadKb", 1));
        assertThat(c.monthly()).isCloseTo(32.85 + 4.50, within(1e-9));
    }

    /** https://aws.amazon.com/kms/pricing/: a customer managed key $1, 1M requests x $0.03/10,000 = $3. */
    @Test
    void kms() {
        assertThat(one("aws.kms.key", Map.of(), Map.of("requestsPerMonth", 1_000_000)).monthly()).isCloseTo(4.00, within(1e-9));
    }

    /** https://aws.amazon.com/secrets-manager/pricing/: a secret and one replica $0.40 each, 100,000 calls x $0.05/10,000. */
    @Test
    void secretsManager() {
        ComponentCost c = one("aws.secretsmanager.secret", Map.of("replicaRegions", List.of("eu-west-1")),
                Map.of("requestsPerMonth", 100_000));
        assertThat(c.monthly()).isCloseTo(0.80 + 0.50, within(1e-9));
    }

    /** https://aws.amazon.com/systems-manager/pricing/: a Standard parameter is free, an Advanced one $0.05 a month. */
    @Test
    void ssmParameter() {
        assertThat(one("aws.ssm.parameter", Map.of(), Map.of()).monthly()).isZero();
        assertThat(one("aws.ssm.parameter", Map.of("tier", "Advanced"), Map.of()).monthly()).isCloseTo(0.05, within(1e-9));
    }

    /** https://aws.amazon.com/elasticloadbalancing/pricing/: ALB 730 h x $0.0225 + 1 LCU x $0.008; NLB + 1 NLCU x $0.006. */
    @Test
    void loadBalancers() {
        assertThat(one("aws.elbv2.applicationLoadBalancer", Map.of(), Map.of()).monthly()).isCloseTo(16.425 + 5.84, within(1e-9));
        assertThat(one("aws.elbv2.networkLoadBalancer", Map.of(), Map.of()).monthly()).isCloseTo(16.425 + 4.38, within(1e-9));
    }

    /** https://aws.amazon.com/route53/pricing/: a hosted zone $0.50 a month. */
    @Test
    void route53() {
        assertThat(one("aws.route53.hostedZone", Map.of(), Map.of()).monthly()).isCloseTo(0.50, within(1e-9));
    }

    /** https://aws.amazon.com/cognito/pricing/: 1,000 MAU on Essentials x $0.015 = $15; the free tier covers 10,000. */
    @Test
    void cognito() {
        assertThat(one("aws.cognito.userPool", Map.of(), Map.of()).monthly()).isCloseTo(15.00, within(1e-9));
        assertThat(one("aws.cognito.userPool", Map.of(), Map.of(), true).monthly()).isZero();
    }

    /** https://aws.amazon.com/ecr/pricing/ $0.10/GB-month and https://aws.amazon.com/efs/pricing/ $0.30/GB-month. */
    @Test
    void ecrAndEfs() {
        assertThat(one("aws.ecr.repository", Map.of(), Map.of("storageGb", 10)).monthly()).isCloseTo(1.00, within(1e-9));
        assertThat(one("aws.efs.fileSystem", Map.of(), Map.of("storageGb", 10)).monthly()).isCloseTo(3.00, within(1e-9));
    }

    /** https://aws.amazon.com/amazon-mq/pricing/: mq.m5.large active/standby 2 x 730 h x $0.288, 5 GB x $0.10. */
    @Test
    void amazonMq() {
        ComponentCost c = one("aws.mq.broker", Map.of("instanceType", "mq.m5.large", "deploymentMode", "ACTIVE_STANDBY_MULTI_AZ"), Map.of());
        assertThat(c.monthly()).isCloseTo(2 * 730 * 0.288 + 0.50, within(1e-9));
    }

    /** https://aws.amazon.com/medialive/pricing/ and /mediapackage/pricing/ (simplified, marked approximate). */
    @Test
    void media() {
        assertThat(one("aws.medialive.channel", Map.of("channelClass", "SINGLE_PIPELINE"), Map.of()).monthly())
                .isCloseTo(730 * 0.552, within(1e-9));
        assertThat(one("aws.mediapackage.channel", Map.of(), Map.of("ingestGb", 100, "egressGb", 100)).monthly())
                .isCloseTo(3.00 + 5.00, within(1e-9));
    }

    /**
     * https://aws.amazon.com/polly/pricing/ (neural $16/M characters), /translate/pricing/ ($15/M), /comprehend/pricing/
     * ($0.0001 per 100-character unit), /rekognition/pricing/ ($0.001 per image).
     */
    @Test
    void aiServices() {
        Map<String, Object> twoThousand = Map.of("requestsPerMonth", 2000);
        assertThat(one("aws.polly.service", Map.of("engine", "neural"), twoThousand).monthly()).isCloseTo(16.00, within(1e-9));
        assertThat(one("aws.translate.service", Map.of(), twoThousand).monthly()).isCloseTo(15.00, within(1e-9));
        assertThat(one("aws.comprehend.service", Map.of(), twoThousand).monthly()).isCloseTo(1.00, within(1e-9));
        assertThat(one("aws.rekognition.service", Map.of(), twoThousand).monthly()).isCloseTo(2.00, within(1e-9));
    }

    /** Types with no usage-based charge cost $0 and are priced; a type the table does not know is unpriced, never $0. */
    @Test
    void freeAndUnpriced() {
        for (String type : List.of("aws.lambda.layer", "aws.ecs.cluster", "aws.events.rule", "aws.certificatemanager.certificate",
                "aws.alexa.skill", "external.client", "external.httpEndpoint")) {
            ComponentCost c = one(type, Map.of(), Map.of());
            assertThat(c.status()).as(type).isEqualTo(ComponentCost.Status.FREE);
            assertThat(c.monthly()).as(type).isZero();
        }
        CostEstimate e = estimator.estimate(design(List.of(comp("x", "aws.cloudformation.resource",
                Map.of("resourceType", "AWS::Glue::Job"))), List.of()));
        assertThat(e.component("x").status()).isEqualTo(ComponentCost.Status.UNPRICED);
        assertThat(e.component("x").monthly()).isNaN();
        assertThat(e.unpriced()).singleElement().satisfies(u -> assertThat(u.reason()).isEqualTo("no price table entry"));
        assertThat(e.total()).isZero();
    }

    /** Every catalog type is either priced, free with a reason, or (only the generic resource) deliberately unpriced. */
    @Test
    void everyCatalogTypeHasAPriceOrAReason() {
        var table = org.patternboard.model.cost.prices.PriceTables.bundled("us-east-1");
        for (String type : org.patternboard.model.catalog.Catalog.standard().typeIds()) {
            if (type.equals("aws.cloudformation.resource")) {
                continue; // any CloudFormation type: no single price, so it is listed as unpriced
            }
            assertThat(table.prices(type) != null || table.freeReason(type) != null).as(type).isTrue();
        }
    }

    ComponentCost one(String type, Map<String, Object> properties, Map<String, Object> usage) {
        return one(type, properties, usage, false);
    }

    ComponentCost one(String type, Map<String, Object> properties, Map<String, Object> usage, boolean freeTier) {
        Map<String, Object> u = new LinkedHashMap<>(usage);
        CostEstimate e = estimator.estimate(design(List.of(u.isEmpty() ? comp("x", type, properties)
                : comp("x", type, properties, u)), List.of()), EstimateOptions.standard().withFreeTier(freeTier));
        return e.component("x");
    }
}
