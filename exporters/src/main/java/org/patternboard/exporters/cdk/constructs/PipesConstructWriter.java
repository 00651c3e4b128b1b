package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cdk.stack.Literals;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * EventBridge Pipes ({@code CfnPipe}: the L2 is still experimental): the source that triggers the pipe, the
 * target it routes to, a role Pipes assumes with read grants on the source and delivery grants on the target,
 * the filter, batch size and the source's dead-letter target.
 */
final class PipesConstructWriter implements ConstructWriter {
    static final ClassName PIPE = Cdk.of("pipes", "CfnPipe");

    private static ClassName nested(String inner) {
        return Cdk.nested("pipes", "CfnPipe", inner);
    }

    @Override
    public List<String> types() {
        return List.of("aws.pipes.pipe");
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>();
        ctx.incoming(c, ConnectionKind.TRIGGERS).forEach(t -> pre.add(t.from()));
        ctx.outgoing(c, ConnectionKind.ROUTES, ConnectionKind.FAILS_TO).forEach(t -> pre.add(t.to()));
        return pre;
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        Connection source = ctx.incoming(c, ConnectionKind.TRIGGERS).stream().filter(t -> ctx.hasVariable(t.from())).findFirst().orElse(null);
        Connection target = ctx.outgoing(c, ConnectionKind.ROUTES).stream()
                .filter(t -> ctx.hasVariable(t.to()) || ExternalWriter.HTTP_ENDPOINT.equals(ctx.component(t.to()).type()))
                .findFirst().orElse(null);
        if (source == null || target == null) {
            ctx.declareNothing(c, "not exported: a pipe needs a source that triggers it and a target it routes to");
            ctx.notExported(c.id(), "a pipe needs a source (triggers) and a target (routes)");
            return;
        }
        String role = ServiceRoles.role(ctx, c, "pipes.amazonaws.com");
        Component src = ctx.component(source.from());
        Props sp = ctx.props(source);
        String sv = ctx.var(src);
        CodeBlock sourceArn;
        Call params = Call.struct(nested("PipeSourceParametersProperty"));
        Connection dlq = ctx.outgoing(c, ConnectionKind.FAILS_TO).stream().filter(f -> ctx.hasVariable(f.to())).findFirst().orElse(null);
        CodeBlock dlqConfig = null;
        if (dlq != null) {
            Component d = ctx.component(dlq.to());
            boolean queue = "aws.sqs.queue".equals(d.type());
            ctx.statement("$N.$N($N)", ctx.var(d), queue ? "grantSendMessages" : "grantPublish", role);
            dlqConfig = Call.struct(nested("DeadLetterConfigProperty"))
                    .set("arn", "$N.$N()", ctx.var(d), queue ? "getQueueArn" : "getTopicArn").build();
        }
        switch (src.type()) {
            case "aws.sqs.queue" -> {
                ctx.statement("$N.grantConsumeMessages($N)", sv, role);
                sourceArn = CodeBlock.of("$N.getQueueArn()", sv);
                params.set("sqsQueueParameters", Call.struct(nested("PipeSourceSqsQueueParametersProperty"))
                        .number("batchSize", p.integer("batchSize", sp.integer("batchSize", 10))).build());
            }
            case "aws.kinesis.stream", "aws.dynamodb.table" -> {
                boolean kinesis = "aws.kinesis.stream".equals(src.type());
                ctx.statement("$N.$N($N)", sv, kinesis ? "grantRead" : "grantStreamRead", role);
                sourceArn = CodeBlock.of(kinesis ? "$N.getStreamArn()" : "$N.getTableStreamArn()", sv);
                Call stream = Call.struct(nested(kinesis ? "PipeSourceKinesisStreamParametersProperty" : "PipeSourceDynamoDBStreamParametersProperty"))
                        .string("startingPosition", sp.string("startingPosition", "LATEST"))
                        .number("batchSize", p.integer("batchSize", sp.integer("batchSize", 100)));
                if (sp.isSet("maximumRetryAttempts")) {
                    stream.number("maximumRetryAttempts", sp.integer("maximumRetryAttempts", -1));
                }
                if (dlqConfig != null) {
                    stream.set("deadLetterConfig", dlqConfig);
                    ctx.handled(dlq);
                }
                params.set(kinesis ? "kinesisStreamParameters" : "dynamoDbStreamParameters", stream.build());
            }
            case "aws.mq.broker" -> {
                String[] mq = ctx.shared("mq:" + src.id(), () -> null);
                ctx.statement("$N.grantRead($N)", mq[0], role);
                ServiceRoles.statement(ctx, role, List.of("mq:DescribeBroker"), CodeBlock.of("$N.getAttrArn()", sv));
                ServiceRoles.statement(ctx, role, List.of("ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface",
                        "ec2:DescribeNetworkInterfaces", "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcs"),
                        CodeBlock.of("$S", "*"));
                sourceArn = CodeBlock.of("$N.getAttrArn()", sv);
                List<String> queues = sp.strings("queues");
                params.set("activeMqBrokerParameters", Call.struct(nested("PipeSourceActiveMQBrokerParametersProperty"))
                        .string("queueName", queues.isEmpty() ? "patternboard" : queues.get(0))
                        .set("credentials", Call.struct(nested("MQBrokerAccessCredentialsProperty"))
                                .set("basicAuth", "$N.getSecretArn()", mq[0]).build())
                        .number("batchSize", p.integer("batchSize", sp.integer("batchSize", 100))).build());
            }
            default -> {
                ctx.declareNothing(c, "not exported: " + src.type() + " cannot be a pipe source");
                return;
            }
        }
        Object filter = p.value("filterPattern");
        if (filter instanceof Map<?, ?> m && !m.isEmpty()) {
            params.set("filterCriteria", Call.struct(nested("FilterCriteriaProperty"))
                    .set("filters", "$T.of($L)", List.class, Call.struct(nested("FilterProperty"))
                            .set("pattern", "$T.of(this).toJsonString($L)", Cdk.STACK, Literals.map(m)).build()).build());
        }
        Component tgt = ctx.component(target.to());
        CodeBlock targetArn = ServiceRoles.deliverTo(ctx, tgt, role);
        if (targetArn == null) {
            ctx.declareNothing(c, "not exported: " + tgt.type() + " cannot be a pipe target");
            return;
        }
        Call tparams = Call.struct(nested("PipeTargetParametersProperty"));
        switch (tgt.type()) {
            case "aws.stepfunctions.stateMachine" -> tparams.set("stepFunctionStateMachineParameters",
                    Call.struct(nested("PipeTargetStateMachineParametersProperty")).string("invocationType", "FIRE_AND_FORGET").build());
            case "aws.kinesis.stream" -> tparams.set("kinesisStreamParameters",
                    Call.struct(nested("PipeTargetKinesisStreamParametersProperty")).string("partitionKey", ctx.constructId(c)).build());
            case "aws.sqs.queue" -> {
                if (ctx.props(tgt).bool("fifo", false)) {
                    tparams.set("sqsQueueParameters", Call.struct(nested("PipeTargetSqsQueueParametersProperty"))
                            .string("messageGroupId", ctx.constructId(c)).build());
                }
            }
            case "aws.ecs.fargateTask" -> tparams.set("ecsTaskParameters", Call.struct(nested("PipeTargetEcsTaskParametersProperty"))
                    .set("taskDefinitionArn", "$N.getTaskDefinitionArn()", ctx.var(tgt))
                    .string("launchType", "FARGATE")
                    .set("networkConfiguration", Call.struct(nested("NetworkConfigurationProperty"))
                            .set("awsvpcConfiguration", Call.struct(nested("AwsVpcConfigurationProperty"))
                                    .set("subnets", "$L.selectSubnets($L).getSubnetIds()", Network.of(ctx).vpc(tgt), Network.privateSubnets())
                                    .build()).build()).build());
            default -> {
            }
        }
        if (p.isSet("inputTemplate")) {
            tparams.string("inputTemplate", p.string("inputTemplate"));
        }
        Call pipe = Call.construct(PIPE, ctx.constructId(c))
                .set("roleArn", "$N.getRoleArn()", role)
                .set("source", sourceArn)
                .set("sourceParameters", params.build())
                .set("target", targetArn);
        if (!tparams.isEmpty()) {
            pipe.set("targetParameters", tparams.build());
        }
        if (p.isExplicit("desiredState")) {
            pipe.string("desiredState", p.string("desiredState"));
        }
        ctx.declare(c, PIPE, pipe.build());
        // Pipes checks its role's permissions when the pipe is created
        ctx.statement("$N.getNode().addDependency($N)", ctx.var(c), role);
        ctx.handled(source);
        ctx.handled(target);
        Map<String, Object> key = new LinkedHashMap<>();
        ctx.expect(c, "AWS::Pipes::Pipe", key);
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        if (conn.kind() == ConnectionKind.FAILS_TO) {
            ctx.comment("an SQS source keeps its own dead-letter queue (its redrive policy); streams use the pipe's");
            return true;
        }
        return false;
    }
}
