package org.patternboard.exporters.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.exporters.cloudformation.WiringTest.at;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.design.Suppression;

/**
 * The export defaults and cdk-nag suppressions of issue 17 item 10, one design each: every bucket logs to the
 * access-log bucket, VPCs record flow logs, API Gateway's CloudWatch role cannot read logs, CloudFront and NLB access
 * logs are written when the design asks, a database secret with rotationDays rotates, and every expected finding
 * carries the reason the catalog or the design states.
 */
class NagDefaultsTest {
    private final CloudFormationExporter exporter = new CloudFormationExporter();

    @SuppressWarnings("unchecked")
    private Map<String, Object> resources(Architecture a) {
        return (Map<String, Object>) exporter.template(a).get("Resources");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> suppressions(Map<String, Object> resources, String id) {
        Object list = at(resources, id, "Metadata", "cdk_nag", "rules_to_suppress");
        return list == null ? List.of() : (List<Map<String, Object>>) list;
    }

    private static List<String> ruleIds(Map<String, Object> resources, String id) {
        return suppressions(resources, id).stream().map(s -> (String) s.get("id")).toList();
    }

    @Test
    void everyBucketWritesServerAccessLogsToTheOneAccessLogBucketWhichAdmitsOnlyLogDelivery() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("a", "aws.s3.bucket", "Uploads")
                .component("b", "aws.s3.bucket", "Reports").build());
        for (String bucket : List.of("Uploads", "Reports")) {
            assertThat(at(r, bucket, "Properties", "LoggingConfiguration", "DestinationBucketName"))
                    .isEqualTo(Map.of("Ref", "AccessLogsBucket"));
            assertThat(at(r, bucket, "Properties", "LoggingConfiguration", "LogFilePrefix")).isEqualTo("s3/" + bucket + "/");
            assertThat(ruleIds(r, bucket)).doesNotContain("AwsSolutions-S1");
        }
        assertThat(at(r, "AccessLogsBucket", "Properties", "LoggingConfiguration")).isNull();
        assertThat(at(r, "AccessLogsBucket", "Properties", "PublicAccessBlockConfiguration", "BlockPublicPolicy")).isEqualTo(true);
        assertThat(ruleIds(r, "AccessLogsBucket")).containsExactly("AwsSolutions-S1");
        assertThat((String) suppressions(r, "AccessLogsBucket").get(0).get("reason")).contains("server access logs");
        List<?> statements = (List<?>) at(r, "AccessLogsBucketPolicy", "Properties", "PolicyDocument", "Statement");
        assertThat(statements).extracting(s -> at(s, "Sid"))
                .containsExactly("DenyWithoutTls", "S3ServerAccessLogs", "LogDeliveryWrite", "LogDeliveryAclCheck");
        assertThat(at(statements.get(1), "Principal", "Service")).isEqualTo("logging.s3.amazonaws.com");
        assertThat(at(statements.get(1), "Condition", "StringEquals", "aws:SourceAccount")).isEqualTo(Map.of("Ref", "AWS::AccountId"));
        assertThat(r.keySet().stream().filter(k -> k.startsWith("AccessLogsBucket") && !k.endsWith("Policy"))).hasSize(1);
    }

    @Test
    void aDeliveryStreamFedByAnEncryptedStreamSaysWhyItHasNoEncryptionOfItsOwnAndAnUnencryptedOneDoesNot() {
        Map<String, Object> encrypted = resources(new DesignBuilder("d")
                .component("s", "aws.kinesis.stream", "Clicks", Map.of("encryption", "KMS"))
                .component("f", "aws.kinesisfirehose.deliveryStream", "Archive")
                .connect("c1", "s", "triggers", "f").build());
        assertThat(at(encrypted, "Archive", "Properties", "DeliveryStreamType")).isEqualTo("KinesisStreamAsSource");
        assertThat(ruleIds(encrypted, "Archive")).contains("AwsSolutions-KDF1");
        assertThat(suppressions(encrypted, "Archive").stream().filter(x -> x.get("id").equals("AwsSolutions-KDF1"))
                .findFirst().orElseThrow().get("reason").toString()).contains("Clicks", "encrypted at rest");

        Map<String, Object> plain = resources(new DesignBuilder("d")
                .component("s", "aws.kinesis.stream", "Clicks", Map.of("encryption", "NONE"))
                .component("f", "aws.kinesisfirehose.deliveryStream", "Archive")
                .connect("c1", "s", "triggers", "f").build());
        assertThat(ruleIds(plain, "Archive")).as("an unencrypted source is a real finding").doesNotContain("AwsSolutions-KDF1");
    }

    @Test
    void aVpcRecordsFlowLogsThroughARoleThatMayOnlyWriteItsLogGroup() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .group(new Group("net", GroupKind.VPC, "Main", null, 0, 0, 800, 600, null, false, Map.of()))
                .componentIn("net", "db", "aws.rds.dbInstance", "Orders", Map.of("engine", "postgres")).build());
        assertThat(r.keySet()).as("resources").contains("Main");
        assertThat(at(r, "MainFlowLog", "Type")).isEqualTo("AWS::EC2::FlowLog");
        assertThat(at(r, "MainFlowLog", "Properties", "ResourceId")).isEqualTo(Map.of("Ref", "Main"));
        assertThat(at(r, "MainFlowLog", "Properties", "TrafficType")).isEqualTo("ALL");
        assertThat(at(r, "MainFlowLogs", "Properties", "RetentionInDays")).isEqualTo(30L);
        Object statement = at(r, "MainFlowLogsRole", "Properties", "Policies", 0, "PolicyDocument", "Statement", 0);
        assertThat(at(statement, "Action")).isEqualTo(List.of("logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"));
        assertThat(at(statement, "Resource")).isEqualTo(Map.of("Fn::GetAtt", List.of("MainFlowLogs", "Arn")));
        assertThat(at(r, "MainFlowLogsRole", "Properties", "AssumeRolePolicyDocument", "Statement", 0, "Principal", "Service"))
                .isEqualTo("vpc-flow-logs.amazonaws.com");
    }

    @Test
    void theApiGatewayCloudWatchRoleWritesExecutionLogsAndReadsNone() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("api", "aws.apigateway.restApi", "Orders", Map.of("executionLogging", "ERROR")).build());
        List<?> statements = (List<?>) at(r, "ApiGatewayCloudWatchRole", "Properties", "Policies", 0, "PolicyDocument", "Statement");
        assertThat(statements).flatExtracting(s -> WiringTest.strings(at(s, "Action") instanceof List<?> l ? l : List.of(at(s, "Action"))))
                .doesNotContain("logs:GetLogEvents", "logs:FilterLogEvents")
                .contains("logs:PutLogEvents");
        assertThat(String.valueOf(at(statements.get(0), "Resource"))).contains("log-group:API-Gateway-Execution-Logs_*")
                .doesNotContain("log-group:*\"");
        assertThat(ruleIds(r, "ApiGatewayCloudWatchRole")).containsOnly("AwsSolutions-IAM5");
        assertThat(suppressions(r, "ApiGatewayCloudWatchRole")).extracting(s -> s.get("applies_to")).allSatisfy(a ->
                assertThat(WiringTest.strings(a)).allMatch(f -> f.startsWith("Resource::arn:<AWS::Partition>:logs:")));
    }

    @Test
    void cloudFrontAndNetworkLoadBalancerAccessLogsAreWrittenWhenTheDesignAsks() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("cdn", "aws.cloudfront.distribution", "Site", Map.of("accessLogging", true))
                .component("nlb", "aws.elbv2.networkLoadBalancer", "Edge", Map.of("accessLogs", true)).build());
        assertThat(at(r, "Site", "Properties", "DistributionConfig", "Logging", "Bucket"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("CloudFrontLogsBucket", "DomainName")));
        // CloudFront delivers with ACLs, so its bucket keeps them; it logs to the access-log bucket itself
        assertThat(at(r, "CloudFrontLogsBucket", "Properties", "OwnershipControls", "Rules", 0, "ObjectOwnership"))
                .isEqualTo("BucketOwnerPreferred");
        assertThat(at(r, "CloudFrontLogsBucket", "Properties", "LoggingConfiguration", "DestinationBucketName"))
                .isEqualTo(Map.of("Ref", "AccessLogsBucket"));
        List<Object> attributes = List.copyOf((List<?>) at(r, "Edge", "Properties", "LoadBalancerAttributes"));
        assertThat(attributes).contains(
                Map.<String, Object>of("Key", "access_logs.s3.enabled", "Value", "true"),
                Map.<String, Object>of("Key", "access_logs.s3.bucket", "Value", Map.of("Ref", "AccessLogsBucket")));
        // the default certificate fixes CloudFront's TLS policy: an expected CFR4 finding, explained
        assertThat(ruleIds(r, "Site")).containsExactly("AwsSolutions-CFR4");
    }

    @Test
    void aDatabaseSecretWithRotationDaysRotatesWithHostedRotationInsideTheVpc() {
        Map<String, Object> tree = exporter.template(new DesignBuilder("d")
                .component("db", "aws.rds.dbInstance", "Orders", Map.of("engine", "postgres"))
                .component("secret", "aws.secretsmanager.secret", "OrdersCredentials", Map.of("rotationDays", 30L))
                .connect("c1", "db", "uses", "secret").build());
        assertThat(tree.get("Transform")).isEqualTo("AWS::SecretsManager-2020-07-23");
        Object r = tree.get("Resources");
        assertThat(at(r, "OrdersCredentialsAttachment", "Properties", "TargetId")).isEqualTo(Map.of("Ref", "Orders"));
        assertThat(at(r, "OrdersCredentialsRotation", "Properties", "SecretId")).isEqualTo(Map.of("Ref", "OrdersCredentialsAttachment"));
        assertThat(at(r, "OrdersCredentialsRotation", "Properties", "HostedRotationLambda", "RotationType")).isEqualTo("PostgreSQLSingleUser");
        assertThat(at(r, "OrdersCredentialsRotation", "Properties", "RotationRules", "AutomaticallyAfterDays")).isEqualTo(30L);
        assertThat(at(r, "OrdersRotationIngress", "Properties", "FromPort")).isEqualTo(5432L);
        assertThat(((Map<?, ?>) r).values()).anySatisfy(res ->
                assertThat(at(res, "Properties", "ServiceName")).isEqualTo(Map.of("Fn::Sub", "com.amazonaws.${AWS::Region}.secretsmanager")));
    }

    @Test
    void expectedFindingsCarryTheCatalogsReasonAndDesignSuppressionsTheUsersReason() {
        Architecture a = new DesignBuilder("d")
                .component("fn", "aws.lambda.function", "Worker")
                .component("dlq", "aws.sqs.queue", "Failures")
                .component("api", "aws.apigateway.restApi", "Orders", Map.of("authorization", "IAM"))
                .component("open", "aws.apigateway.restApi", "Public")
                .component("fn2", "aws.lambda.function", "Handler")
                .connect("c1", "fn", "failsTo", "dlq")
                .connect("c2", "api", "integrates", "fn2")
                .connect("c3", "open", "integrates", "fn2").build()
                .withSuppressions(List.of(new Suppression("SEC-007", "open", "A public status page that anyone may read.")));
        Map<String, Object> r = resources(a);
        assertThat(ruleIds(r, "Failures")).containsExactly("AwsSolutions-SQS3");
        assertThat((String) suppressions(r, "Failures").get(0).get("reason")).contains("dead-letter queue of Worker");
        assertThat(ruleIds(r, "OrdersToHandlerMethod")).containsExactly("AwsSolutions-COG4");
        assertThat((String) suppressions(r, "OrdersToHandlerMethod").get(0).get("reason")).contains("IAM");
        assertThat(suppressions(r, "PublicToHandlerMethod")).extracting(s -> s.get("id"))
                .containsExactlyInAnyOrder("AwsSolutions-APIG4", "AwsSolutions-COG4");
        assertThat(suppressions(r, "PublicToHandlerMethod")).extracting(s -> s.get("reason")).containsOnly(
                "SEC-007 suppressed in the design: A public status page that anyone may read.");
        assertThat(ruleIds(r, "OrdersToHandlerMethod")).doesNotContain("AwsSolutions-APIG4");
    }
}
