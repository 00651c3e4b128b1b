package org.patternboard.exporters.cdk.constructs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.squareup.javapoet.CodeBlock;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.design.Component;

/**
 * The metric an alarm or dashboard watches on a component, from the CloudFormation exporter's table
 * ({@code patternboard/cloudformation/alarm-metrics.json}), so both exports watch the same metric; the
 * dimension values are the construct's own getters.
 */
final class Metrics {
    record Metric(String namespace, String name, String statistic, String comparison, long threshold, long period) {
    }

    private static final JsonNode TABLE = load();

    private Metrics() {
    }

    static Metric of(String type) {
        JsonNode m = TABLE.path("metrics").path(type);
        if (m.isMissingNode()) {
            return null;
        }
        return new Metric(m.path("namespace").asText(), m.path("metric").asText(), m.path("statistic").asText("Sum"),
                m.path("comparison").asText("GreaterThanOrEqualToThreshold"), m.path("threshold").asLong(1),
                m.path("period").asLong(300));
    }

    /** {@code Map.of("FunctionName", fn.getFunctionName())}, or null when the component's value cannot be named. */
    static CodeBlock dimensions(Component target, StackContext ctx) {
        JsonNode dims = TABLE.path("metrics").path(target.type()).path("dimensions");
        List<CodeBlock> entries = new ArrayList<>();
        var it = dims.fields();
        while (it.hasNext()) {
            var e = it.next();
            String spec = e.getValue().asText();
            CodeBlock value = spec.startsWith("literal:") ? CodeBlock.of("$S", spec.substring("literal:".length()))
                    : "ClusterName".equals(e.getKey()) && "aws.ecs.fargateService".equals(target.type()) && ctx.hasVariable(target.id())
                    ? CodeBlock.of("$N.getCluster().getClusterName()", ctx.var(target)) : value(target, ctx);
            if (value == null) {
                return null;
            }
            entries.add(CodeBlock.of("$S, $L", e.getKey(), value));
        }
        return CodeBlock.of("$T.of($L)", java.util.Map.class, CodeBlock.join(entries, ", "));
    }

    /** The getter that yields the component's dimension value (for the ECS service: its name; its cluster is added by the caller). */
    private static CodeBlock value(Component c, StackContext ctx) {
        if (!ctx.hasVariable(c.id())) {
            return null;
        }
        String v = ctx.var(c);
        return switch (c.type()) {
            case "aws.lambda.function" -> CodeBlock.of("$N.getFunctionName()", v);
            case "aws.sqs.queue" -> CodeBlock.of("$N.getQueueName()", v);
            case "aws.sns.topic" -> CodeBlock.of("$N.getTopicName()", v);
            case "aws.dynamodb.table" -> CodeBlock.of("$N.getTableName()", v);
            case "aws.apigateway.restApi" -> CodeBlock.of("$N.getRestApiName()", v);
            case "aws.apigatewayv2.httpApi", "aws.apigatewayv2.webSocketApi", "aws.appsync.graphqlApi" -> CodeBlock.of("$N.getApiId()", v);
            case "aws.stepfunctions.stateMachine" -> CodeBlock.of("$N.getStateMachineArn()", v);
            case "aws.kinesis.stream" -> CodeBlock.of("$N.getStreamName()", v);
            case "aws.rds.dbInstance" -> CodeBlock.of("$N.getInstanceIdentifier()", v);
            case "aws.rds.dbCluster" -> CodeBlock.of("$N.getClusterIdentifier()", v);
            case "aws.rds.dbProxy" -> CodeBlock.of("$N.getDbProxyName()", v);
            case "aws.elasticache.replicationGroup" -> CodeBlock.of("$T.join($S, $T.of($N.getRef(), $S))", Cdk.FN, "", List.class, v, "-001");
            case "aws.ecs.fargateService" -> CodeBlock.of("$N.getServiceName()", v);
            case "aws.ecs.cluster" -> CodeBlock.of("$N.getClusterName()", v);
            case "aws.cloudfront.distribution" -> CodeBlock.of("$N.getDistributionId()", v);
            case "aws.elbv2.applicationLoadBalancer", "aws.elbv2.networkLoadBalancer" -> CodeBlock.of("$N.getLoadBalancerFullName()", v);
            case "aws.events.eventBus" -> CodeBlock.of("$N.getEventBusName()", v);
            case "aws.events.rule" -> CodeBlock.of("$N.getRuleName()", v);
            case "aws.s3.bucket" -> CodeBlock.of("$N.getBucketName()", v);
            case "aws.efs.fileSystem" -> CodeBlock.of("$N.getFileSystemId()", v);
            case "aws.logs.logGroup" -> CodeBlock.of("$N.getLogGroupName()", v);
            case "aws.cognito.userPool" -> CodeBlock.of("$N.getUserPoolId()", v);
            case "aws.certificatemanager.certificate" -> CodeBlock.of("$N.getCertificateArn()", v);
            case "aws.wafv2.webAcl" -> CodeBlock.of("$T.select(0, $T.split($S, $N.getRef()))", Cdk.FN, Cdk.FN, "|", v);
            case "aws.kinesisfirehose.deliveryStream", "aws.pipes.pipe", "aws.medialive.channel", "aws.mediapackage.channel" ->
                    CodeBlock.of("$N.getRef()", v);
            case "aws.mq.broker" -> CodeBlock.of("$N.getBrokerName()", v);
            default -> null;
        };
    }

    private static JsonNode load() {
        String resource = "patternboard/cloudformation/alarm-metrics.json";
        try (InputStream in = Metrics.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
