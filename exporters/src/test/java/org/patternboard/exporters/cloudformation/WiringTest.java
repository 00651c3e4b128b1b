package org.patternboard.exporters.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;

/** What connections mean in the template: the resources and properties each kind of wiring produces. */
class WiringTest {
    final CloudFormationExporter exporter = new CloudFormationExporter();

    /** Walks a path of map keys and list indexes. */
    static Object at(Object node, Object... path) {
        Object n = node;
        for (Object p : path) {
            n = p instanceof Integer i ? ((List<?>) n).get(i) : ((Map<?, ?>) n).get(p);
            if (n == null) {
                return null;
            }
        }
        return n;
    }

    /** A list of anything as strings, for assertions. */
    static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String::valueOf).toList();
    }

    Map<String, Object> resources(Architecture a) {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) exporter.template(a).get("Resources");
        return r;
    }

    @Test
    void queuesAndStreamsTriggerFunctionsThroughEventSourceMappingsThatWaitForThePolicy() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("q", "aws.sqs.queue", "Jobs")
                .component("s", "aws.kinesis.stream", "Clicks")
                .component("t", "aws.dynamodb.table", "Orders", Map.of("partitionKey", "id"))
                .component("f", "aws.lambda.function", "Worker", Map.of("timeout", 20L))
                .connect("c1", "q", "triggers", "f", Map.of("batchSize", 5L, "maxConcurrency", 4L))
                .connect("c2", "s", "triggers", "f", Map.of("startingPosition", "TRIM_HORIZON", "bisectBatchOnError", true))
                .connect("c3", "t", "triggers", "f")
                .build());
        assertThat(at(r, "JobsToWorkerMapping", "Properties", "BatchSize")).isEqualTo(5L);
        assertThat(at(r, "JobsToWorkerMapping", "Properties", "ScalingConfig", "MaximumConcurrency")).isEqualTo(4L);
        assertThat(at(r, "JobsToWorkerMapping", "DependsOn")).isEqualTo("WorkerPolicy");
        assertThat(at(r, "ClicksToWorkerMapping", "Properties", "StartingPosition")).isEqualTo("TRIM_HORIZON");
        assertThat(at(r, "ClicksToWorkerMapping", "Properties", "BisectBatchOnFunctionError")).isEqualTo(true);
        assertThat(at(r, "OrdersToWorkerMapping", "Properties", "EventSourceArn"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("Orders", "StreamArn")));
        assertThat(at(r, "Orders", "Properties", "StreamSpecification", "StreamViewType")).isEqualTo("NEW_AND_OLD_IMAGES");
        // the queue's visibility timeout covers six times the function's timeout
        assertThat(at(r, "Jobs", "Properties", "VisibilityTimeout")).isEqualTo(120L);
    }

    @Test
    void topicSubscriptionsCarryFilterRawDeliveryDeadLetterQueueAndQueuePolicy() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("t", "aws.sns.topic", "Events")
                .component("q", "aws.sqs.queue", "Created")
                .component("dlq", "aws.sqs.queue", "Undelivered")
                .connect("c1", "t", "subscribes", "q", Map.of("filterPolicy", Map.of("status", List.of("created")),
                        "rawMessageDelivery", true))
                .connect("c2", "t", "failsTo", "dlq")
                .build());
        Object sub = at(r, "EventsToCreatedSubscription", "Properties");
        assertThat(at(sub, "FilterPolicy", "status")).isEqualTo(List.of("created"));
        assertThat(at(sub, "RawMessageDelivery")).isEqualTo(true);
        assertThat(at(sub, "RedrivePolicy", "deadLetterTargetArn")).isEqualTo(Map.of("Fn::GetAtt", List.of("Undelivered", "Arn")));
        assertThat(at(r, "CreatedPolicy", "Properties", "PolicyDocument", "Statement", 0, "Principal", "Service"))
                .isEqualTo("sns.amazonaws.com");
        assertThat(at(r, "UndeliveredPolicy", "Properties", "PolicyDocument", "Statement", 0, "Condition", "ArnEquals",
                "aws:SourceArn")).isEqualTo(Map.of("Ref", "Events"));
    }

    @Test
    void rulesSitOnTheirBusAndDeliverWithRetryPolicyDeadLetterQueueAndPermission() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("bus", "aws.events.eventBus", "Orders bus")
                .component("rule", "aws.events.rule", "Approved", Map.of("eventPattern", Map.of("source", List.of("orders"))))
                .component("f", "aws.lambda.function", "Approver")
                .component("sm", "aws.stepfunctions.stateMachine", "Fulfil")
                .component("dlq", "aws.sqs.queue", "Lost events")
                .connect("c1", "bus", "routes", "rule")
                .connect("c2", "rule", "routes", "f", Map.of("maximumRetryAttempts", 3L, "maximumEventAge", 3600L))
                .connect("c3", "rule", "routes", "sm")
                .connect("c4", "rule", "failsTo", "dlq")
                .build());
        Object rule = at(r, "Approved", "Properties");
        assertThat(at(rule, "EventBusName")).isEqualTo(Map.of("Ref", "OrdersBus"));
        assertThat(at(rule, "EventPattern", "source")).isEqualTo(List.of("orders"));
        assertThat(at(rule, "Targets", 0, "RetryPolicy", "MaximumRetryAttempts")).isEqualTo(3L);
        assertThat(at(rule, "Targets", 0, "DeadLetterConfig", "Arn")).isEqualTo(Map.of("Fn::GetAtt", List.of("LostEvents", "Arn")));
        assertThat(at(rule, "Targets", 0, "RoleArn")).as("Lambda needs no role, a permission").isNull();
        assertThat(at(rule, "Targets", 1, "RoleArn")).isEqualTo(Map.of("Fn::GetAtt", List.of("ApprovedRole", "Arn")));
        assertThat(at(r, "ApprovedToApproverPermission", "Properties", "Principal")).isEqualTo("events.amazonaws.com");
        assertThat(at(r, "ApprovedPolicy", "Properties", "PolicyDocument", "Statement", 0, "Action")).isEqualTo("states:StartExecution");
        assertThat(at(r, "LostEventsPolicy", "Properties", "PolicyDocument", "Statement", 0, "Principal", "Service"))
                .isEqualTo("events.amazonaws.com");
    }

    @Test
    void bucketNotificationsWaitForTheTargetsPermissionWithoutACycle() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("b", "aws.s3.bucket", "Uploads")
                .component("f", "aws.lambda.function", "Thumbnailer")
                .component("q", "aws.sqs.queue", "Audit")
                .connect("c1", "b", "triggers", "f", Map.of("suffix", ".jpg"))
                .connect("c2", "b", "triggers", "q")
                .connect("c3", "f", "readWrites", "b")
                .build());
        Object config = at(r, "Uploads", "Properties", "NotificationConfiguration");
        assertThat(at(config, "LambdaConfigurations", 0, "Filter", "S3Key", "Rules", 0, "Value")).isEqualTo(".jpg");
        assertThat(strings(at(r, "Uploads", "DependsOn"))).containsExactly("AuditPolicy", "UploadsToThumbnailerPermission");
        assertThat(at(r, "UploadsToThumbnailerPermission", "Properties", "SourceAccount")).isEqualTo(Map.of("Ref", "AWS::AccountId"));
        assertThat(at(r, "Uploads", "Properties", "BucketName")).as("named, so the permission can name it").isNotNull();
    }

    @Test
    void apiGatewayProxiesFunctionsAndCallsServicesDirectly() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("api", "aws.apigateway.restApi", "Shop API")
                .component("f", "aws.lambda.function", "Catalog")
                .component("q", "aws.sqs.queue", "Orders")
                .component("t", "aws.dynamodb.table", "Carts", Map.of("partitionKey", "id"))
                .component("sm", "aws.stepfunctions.stateMachine", "Checkout")
                .component("bus", "aws.events.eventBus", "Shop events")
                .component("topic", "aws.sns.topic", "Notices")
                .connect("c1", "api", "integrates", "f", Map.of("path", "/catalog/{proxy+}"))
                .connect("c2", "api", "integrates", "q", Map.of("path", "/orders"))
                .connect("c3", "api", "integrates", "t", Map.of("path", "/carts"))
                .connect("c4", "api", "integrates", "sm", Map.of("path", "/checkout"))
                .connect("c5", "api", "integrates", "bus", Map.of("path", "/events"))
                .connect("c6", "api", "integrates", "topic", Map.of("path", "/notices"))
                .build());
        assertThat(at(r, "ShopAPIToCatalogMethod", "Properties", "Integration", "Type")).isEqualTo("AWS_PROXY");
        assertThat(at(r, "ShopAPIToCatalogPermission", "Properties", "Principal")).isEqualTo("apigateway.amazonaws.com");
        assertThat(at(r, "ShopAPIResourceCatalogProxy", "Properties", "PathPart")).isEqualTo("{proxy+}");
        assertThat(String.valueOf(at(r, "ShopAPIToOrdersMethod", "Properties", "Integration", "Uri"))).contains(":sqs:path/");
        assertThat(String.valueOf(at(r, "ShopAPIToCartsMethod", "Properties", "Integration", "Uri"))).contains("dynamodb:action/PutItem");
        assertThat(String.valueOf(at(r, "ShopAPIToCheckoutMethod", "Properties", "Integration", "Uri"))).contains("states:action/StartExecution");
        assertThat(String.valueOf(at(r, "ShopAPIToShopEventsMethod", "Properties", "Integration", "Uri"))).contains("events:action/PutEvents");
        assertThat(String.valueOf(at(r, "ShopAPIToNoticesMethod", "Properties", "Integration", "RequestTemplates"))).contains("Action=Publish");
        assertThat(at(r, "ShopAPIToOrdersMethod", "Properties", "Integration", "Credentials"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("ShopAPIRole", "Arn")));
        List<?> statements = (List<?>) at(r, "ShopAPIPolicy", "Properties", "PolicyDocument", "Statement");
        assertThat(statements.stream().map(s -> String.valueOf(((Map<?, ?>) s).get("Action"))).toList())
                .contains("sqs:SendMessage", "dynamodb:PutItem", "states:StartExecution", "events:PutEvents", "sns:Publish");
        assertThat(r.keySet()).anyMatch(k -> k.startsWith("ShopAPIDeployment"));
    }

    @Test
    void aGetRouteThatPublishesOrSendsUsesTheRequestPathAsTheMessageForItHasNoBody() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("api", "aws.apigateway.restApi", "Tracer API")
                .component("topic", "aws.sns.topic", "Paths")
                .component("q", "aws.sqs.queue", "Visits")
                .connect("c1", "api", "integrates", "topic", Map.of("path", "/{proxy+}", "method", "GET"))
                .connect("c2", "api", "integrates", "topic", Map.of("path", "/posted", "method", "POST"))
                .connect("c3", "api", "integrates", "q", Map.of("path", "/visit", "method", "GET"))
                .build());
        String get = String.valueOf(at(r, "TracerAPIToPathsMethod", "Properties", "Integration", "RequestTemplates"));
        String post = String.valueOf(at(r, "TracerAPIToPathsMethod2", "Properties", "Integration", "RequestTemplates"));
        String send = String.valueOf(at(r, "TracerAPIToVisitsMethod", "Properties", "Integration", "RequestTemplates"));
        assertThat(get).contains("Action=Publish").contains("&Message=$util.urlEncode($context.path)").doesNotContain("$input.body");
        assertThat(post).contains("&Message=$util.urlEncode($input.body)");
        assertThat(send).contains("MessageBody=$util.urlEncode($context.path)");
    }

    @Test
    void stateMachinesGetATaskPerOrchestratedTargetWithRetryAndCatch() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("sm", "aws.stepfunctions.stateMachine", "Order saga")
                .component("f", "aws.lambda.function", "Reserve")
                .component("q", "aws.sqs.queue", "Ship")
                .connect("c1", "sm", "orchestrates", "f", Map.of("retryMaxAttempts", 3L, "catch", true))
                .connect("c2", "sm", "orchestrates", "q", Map.of("integrationPattern", "WAIT_FOR_TASK_TOKEN"))
                .build());
        Object states = at(r, "OrderSaga", "Properties", "Definition", "States");
        assertThat(at(states, "Reserve", "Resource")).isEqualTo("arn:aws:states:::lambda:invoke");
        assertThat(at(states, "Reserve", "Retry", 0, "MaxAttempts")).isEqualTo(3L);
        assertThat(at(states, "Reserve", "Catch", 0, "Next")).isEqualTo("Failed");
        assertThat(at(states, "Reserve", "Next")).isEqualTo("Ship");
        assertThat(at(states, "Ship", "Resource")).isEqualTo("arn:aws:states:::sqs:sendMessage.waitForTaskToken");
        assertThat(at(r, "OrderSaga", "Properties", "DefinitionSubstitutions", "Reserve"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("Reserve", "Arn")));
        assertThat(at(r, "OrderSaga", "Properties", "TracingConfiguration", "Enabled")).isEqualTo(true);
    }

    @Test
    void functionsSendFailuresToDestinationsOrDeadLetterQueues() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("f", "aws.lambda.function", "Charger")
                .component("g", "aws.lambda.function", "Legacy")
                .component("bus", "aws.events.eventBus", "Outcomes")
                .component("dlq", "aws.sqs.queue", "Legacy DLQ")
                .connect("c1", "f", "failsTo", "bus")
                .connect("c2", "f", "succeedsTo", "bus")
                .connect("c3", "g", "failsTo", "dlq", Map.of("mechanism", "DLQ"))
                .build());
        assertThat(at(r, "ChargerEventInvokeConfig", "Properties", "DestinationConfig", "OnFailure", "Destination"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("Outcomes", "Arn")));
        assertThat(at(r, "ChargerEventInvokeConfig", "Properties", "DestinationConfig", "OnSuccess")).isNotNull();
        assertThat(at(r, "Legacy", "Properties", "DeadLetterConfig", "TargetArn"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("LegacyDLQ", "Arn")));
        assertThat(at(r, "LegacyPolicy", "Properties", "PolicyDocument", "Statement", 0, "Action")).isEqualTo("sqs:SendMessage");
    }

    @Test
    void cloudFrontReadsBucketsThroughOriginAccessControlAndWafProtects() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("cf", "aws.cloudfront.distribution", "Site")
                .component("b", "aws.s3.bucket", "Assets")
                .component("waf", "aws.wafv2.webAcl", "Shield")
                .component("api", "aws.apigateway.restApi", "Backend")
                .connect("c1", "cf", "serves", "b")
                .connect("c2", "waf", "protects", "cf")
                .connect("c3", "waf", "protects", "api")
                .build());
        Object config = at(r, "Site", "Properties", "DistributionConfig");
        assertThat(at(config, "Origins", 0, "OriginAccessControlId")).isNotNull();
        assertThat(at(config, "WebACLId")).isEqualTo(Map.of("Fn::GetAtt", List.of("ShieldCloudFront", "Arn")));
        assertThat(at(config, "DefaultCacheBehavior", "ViewerProtocolPolicy")).isEqualTo("redirect-to-https");
        assertThat(at(r, "Shield", "Properties", "Scope")).isEqualTo("REGIONAL");
        assertThat(at(r, "ShieldCloudFront", "Properties", "Scope")).isEqualTo("CLOUDFRONT");
        assertThat(at(r, "ShieldToBackendWebAclAssociation", "Type")).isEqualTo("AWS::WAFv2::WebACLAssociation");
        List<?> bucketPolicy = (List<?>) at(r, "AssetsPolicy", "Properties", "PolicyDocument", "Statement");
        assertThat(bucketPolicy.stream().map(s -> String.valueOf(((Map<?, ?>) s).get("Sid"))).toList()).contains("DenyWithoutTls", "CloudfrontFromSite");
    }

    @Test
    void functionsReachDatabasesThroughTheProxyAndMountFileSystems() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("f", "aws.lambda.function", "Api handler")
                .component("proxy", "aws.rds.dbProxy", "Proxy", Map.of("iamAuth", true))
                .component("db", "aws.rds.dbInstance", "Orders DB")
                .component("efs", "aws.efs.fileSystem", "Shared")
                .connect("c1", "f", "connects", "proxy")
                .connect("c2", "proxy", "connects", "db")
                .connect("c3", "f", "mounts", "efs", Map.of("mountPath", "/mnt/shared"))
                .build());
        assertThat(at(r, "ProxyTargetGroup", "Properties", "DBInstanceIdentifiers")).isEqualTo(List.of(Map.of("Ref", "OrdersDB")));
        assertThat(at(r, "ApiHandlerToProxyIngress", "Properties", "FromPort")).isEqualTo(5432L);
        assertThat(at(r, "ProxyToOrdersDBIngress", "Properties", "SourceSecurityGroupId"))
                .isEqualTo(Map.of("Fn::GetAtt", List.of("ProxySecurityGroup", "GroupId")));
        assertThat(at(r, "ApiHandler", "Properties", "VpcConfig")).isNotNull();
        assertThat(at(r, "ApiHandler", "Properties", "FileSystemConfigs", 0, "LocalMountPath")).isEqualTo("/mnt/shared");
        assertThat(strings(at(r, "ApiHandler", "DependsOn"))).contains("SharedMountTarget1", "SharedMountTarget2");
        assertThat(at(r, "ApiHandlerToSharedIngress", "Properties", "FromPort")).isEqualTo(2049L);
        List<?> statements = (List<?>) at(r, "ApiHandlerPolicy", "Properties", "PolicyDocument", "Statement");
        assertThat(statements.stream().map(s -> String.valueOf(((Map<?, ?>) s).get("Action"))).toList()).contains("rds-db:connect");
        assertThat(at(r, "OrdersDB", "Properties", "ManageMasterUserPassword")).isEqualTo(true);
        assertThat(at(r, "OrdersDB", "Properties", "StorageEncrypted")).isEqualTo(true);
    }

    @Test
    void alarmsWatchTheDefaultMetricAndNotifyTopics() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("alarm", "aws.cloudwatch.alarm", "Queue age")
                .component("q", "aws.sqs.queue", "Jobs")
                .component("t", "aws.sns.topic", "On call")
                .connect("c1", "alarm", "monitors", "q")
                .connect("c2", "alarm", "publishes", "t")
                .build());
        assertThat(at(r, "QueueAge", "Properties", "MetricName")).isEqualTo("ApproximateAgeOfOldestMessage");
        assertThat(at(r, "QueueAge", "Properties", "Dimensions", 0, "Value")).isEqualTo(Map.of("Fn::GetAtt", List.of("Jobs", "QueueName")));
        assertThat(at(r, "QueueAge", "Properties", "AlarmActions")).isEqualTo(List.of(Map.of("Ref", "OnCall")));
        assertThat(at(r, "OnCall", "Properties", "KmsMasterKeyId"))
                .as("CloudWatch cannot publish to a topic encrypted with the AWS managed key").isNull();
    }

    @Test
    void schedulesGetOneScheduleAndRolePerTarget() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("s", "aws.scheduler.schedule", "Nightly", Map.of("scheduleExpression", "cron(0 3 * * ? *)"))
                .component("f", "aws.lambda.function", "Cleanup")
                .component("q", "aws.sqs.queue", "Reports")
                .connect("c1", "s", "triggers", "f")
                .connect("c2", "s", "triggers", "q")
                .build());
        assertThat(at(r, "Nightly", "Properties", "Target", "Arn")).isEqualTo(Map.of("Fn::GetAtt", List.of("Cleanup", "Arn")));
        assertThat(at(r, "NightlyToReportsSchedule", "Properties", "Target", "Arn")).isEqualTo(Map.of("Fn::GetAtt", List.of("Reports", "Arn")));
        assertThat(at(r, "NightlyRole", "Properties", "AssumeRolePolicyDocument", "Statement", 0, "Principal", "Service"))
                .isEqualTo("scheduler.amazonaws.com");
    }

    @Test
    void functionEnvironmentVariablesThatWouldCloseACycleAreDropped() {
        Map<String, Object> r = resources(new DesignBuilder("d")
                .component("pool", "aws.cognito.userPool", "Users")
                .component("f", "aws.lambda.function", "Pre sign up")
                .component("sm", "aws.stepfunctions.stateMachine", "Onboard")
                .connect("c1", "pool", "triggers", "f")
                .connect("c2", "f", "invokes", "sm")
                .connect("c3", "sm", "orchestrates", "f")
                .build());
        Object env = at(r, "PreSignUp", "Properties", "Environment", "Variables");
        assertThat(((Map<?, ?>) env).keySet().stream().map(String::valueOf).toList()).contains("ENVIRONMENT")
                .doesNotContain("ONBOARD_ARN");
        assertThat(at(r, "Users", "Properties", "LambdaConfig", "PreSignUp")).isEqualTo(Map.of("Fn::GetAtt", List.of("PreSignUp", "Arn")));
    }

    @Test
    void anApiPublishingToATopicSetsTheAttributesItsSubscriptionsFilterOn() {
        DesignBuilder b = new DesignBuilder("d")
                .component("api", "aws.apigateway.restApi", "Api")
                .component("t", "aws.sns.topic", "Events")
                .component("q1", "aws.sqs.queue", "Created")
                .component("q2", "aws.sqs.queue", "Other")
                .component("q3", "aws.sqs.queue", "Bodies")
                .connect("c1", "api", "integrates", "t", Map.of("action", "Publish", "method", "POST", "path", "/send"))
                .connect("c2", "t", "subscribes", "q1", Map.of("filterPolicy", Map.of("status", List.of("created"))))
                .connect("c3", "t", "subscribes", "q2", Map.of("filterPolicy", Map.of("status", List.of(Map.of("anything-but",
                        List.of("created"))), "region", List.of("eu")), "filterPolicyScope", "MessageAttributes"))
                .connect("c4", "t", "subscribes", "q3", Map.of("filterPolicy", Map.of("size", List.of("big")),
                        "filterPolicyScope", "MessageBody"));
        String template = exporter.toJson(b.build());
        // attribute filters (the default scope) need the attribute on every message; a body filter does not
        assertThat(template).contains("MessageAttributes.entry.1.Name=region")
                .contains("MessageAttributes.entry.2.Name=status")
                .contains("MessageAttributes.entry.2.Value.StringValue=$util.urlEncode($input.path('$.status'))")
                .doesNotContain("Name=size");
        String cdk = new org.patternboard.exporters.cdk.CdkJavaExporter().stackSource(b.build());
        assertThat(cdk).contains("MessageAttributes.entry.1.Name=region").contains("MessageAttributes.entry.2.Name=status")
                .doesNotContain("Name=size");
    }
}
