package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cdk.stack.Literals;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Amazon MQ brokers (L1 only in aws-cdk-lib): a generated credentials secret, a security group and the private
 * subnets; functions consume their queues through an event source mapping that reads the secret.
 */
final class MqConstructWriter implements ConstructWriter {
    static final ClassName BROKER = Cdk.of("amazonmq", "CfnBroker");
    static final ClassName USER = Cdk.nested("amazonmq", "CfnBroker", "UserProperty");
    static final ClassName LOGS = Cdk.nested("amazonmq", "CfnBroker", "LogListProperty");

    @Override
    public List<String> types() {
        return List.of("aws.mq.broker");
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        String engine = p.string("engineType", "ACTIVEMQ");
        boolean rabbit = "RABBITMQ".equals(engine);
        String mode = p.string("deploymentMode", "SINGLE_INSTANCE");
        if (rabbit && "ACTIVE_STANDBY_MULTI_AZ".equals(mode)) {
            mode = "CLUSTER_MULTI_AZ";
        } else if (!rabbit && "CLUSTER_MULTI_AZ".equals(mode)) {
            mode = "ACTIVE_STANDBY_MULTI_AZ";
        }
        CodeBlock vpc = Network.of(ctx).vpc(c);
        String secret = ctx.local(SecurityConstructWriter.SECRET, ctx.var(c) + "Credentials",
                Call.construct(SecurityConstructWriter.SECRET, ctx.newConstructId(ctx.constructId(c) + "Credentials"))
                        .string("description", "User of the broker " + ctx.constructId(c))
                        .set("generateSecretString", Call.struct(SecurityConstructWriter.SECRET_STRING_GENERATOR)
                                .string("secretStringTemplate", "{\"username\":\"broker\"}")
                                .string("generateStringKey", "password")
                                .bool("excludePunctuation", true)
                                .number("passwordLength", 24).build())
                        .build());
        String securityGroup = ctx.local(Network.SECURITY_GROUP, ctx.var(c) + "SecurityGroup",
                Call.construct(Network.SECURITY_GROUP, ctx.newConstructId(ctx.constructId(c) + "SecurityGroup"))
                        .set("vpc", vpc).string("description", "Broker " + ctx.constructId(c)).build());
        boolean isPublic = p.bool("publiclyAccessible", false);
        CodeBlock subnets = CodeBlock.of("$L.selectSubnets($L).getSubnetIds()", vpc,
                isPublic ? Network.publicSubnets() : Network.privateSubnets());
        if ("SINGLE_INSTANCE".equals(mode)) {
            subnets = CodeBlock.of("$T.of($L.get(0))", List.class, subnets);
        }
        Call b = Call.construct(BROKER, ctx.constructId(c))
                .set("brokerName", "$T.join($S, $T.of($S, $T.select(0, $T.split($S, $T.select(2, $T.split($S, $T.STACK_ID))))))",
                        Cdk.FN, "-", List.class, Text.cut(ctx.constructId(c), 40), Cdk.FN, Cdk.FN, "-", Cdk.FN, Cdk.FN, "/", Cdk.AWS)
                .string("engineType", engine)
                .string("engineVersion", p.string("engineVersion", rabbit ? "3.13" : "5.18"))
                .string("hostInstanceType", p.string("instanceType", "mq.t3.micro"))
                .string("deploymentMode", mode)
                .bool("publiclyAccessible", isPublic)
                .bool("autoMinorVersionUpgrade", p.bool("autoMinorVersionUpgrade"))
                .set("subnetIds", subnets)
                .set("users", "$T.of($L)", List.class, Call.struct(USER)
                        .string("username", "broker")
                        .set("password", "$N.secretValueFromJson($S).unsafeUnwrap()", secret, "password")
                        .build());
        if (!isPublic) {
            b.set("securityGroups", "$T.of($N.getSecurityGroupId())", List.class, securityGroup);
        }
        if (p.bool("auditLogs", false) || p.bool("generalLogs", false)) {
            Call logs = Call.struct(LOGS);
            if (!rabbit && p.bool("auditLogs", false)) {
                logs.bool("audit", true);
            }
            if (p.bool("generalLogs", false)) {
                logs.bool("general", true);
            }
            b.set("logs", logs.build());
        }
        ctx.declare(c, BROKER, b.build());
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("EngineType", engine);
        key.put("DeploymentMode", mode);
        ctx.expect(c, "AWS::AmazonMQ::Broker", key);
        ctx.shared("mq:" + c.id(), () -> new String[] {secret, securityGroup});
    }

    /** A function consuming the broker's queues. */
    static void eventSource(Connection conn, Component broker, Component fn, StackContext ctx) {
        String[] parts = ctx.shared("mq:" + broker.id(), () -> null);
        Props p = ctx.props(conn);
        List<String> queues = p.strings("queues").isEmpty() ? List.of("patternboard") : p.strings("queues");
        Call options = Call.struct(Cdk.of("lambda", "EventSourceMappingOptions"))
                .set("eventSourceArn", "$N.getAttrArn()", ctx.var(broker))
                .number("batchSize", p.integer("batchSize", 100))
                .set("sourceAccessConfigurations", "$T.of($L)", List.class,
                        Call.struct(Cdk.of("lambda", "SourceAccessConfiguration"))
                                .set("type", "$T.BASIC_AUTH", Cdk.of("lambda", "SourceAccessConfigurationType"))
                                .set("uri", "$N.getSecretArn()", parts[0]).build());
        if (p.integer("maxBatchingWindow", 0) > 0) {
            options.set("maxBatchingWindow", Cdk.duration(p.integer("maxBatchingWindow", 0)));
        }
        ctx.statement("$N.grantRead($N)", parts[0], ctx.var(fn));
        ctx.statement("$T.addToPrincipal($L)", Grants.GRANT, Call.struct(Grants.GRANT_ON_PRINCIPAL)
                .set("grantee", ctx.ref(fn))
                .set("actions", "$T.of($S)", List.class, "mq:DescribeBroker")
                .set("resourceArns", "$T.of($N.getAttrArn())", List.class, ctx.var(broker)).build());
        ctx.statement("$T.addToPrincipal($L)", Grants.GRANT, Call.struct(Grants.GRANT_ON_PRINCIPAL)
                .set("grantee", ctx.ref(fn))
                .set("actions", Literals.strings(List.of("ec2:CreateNetworkInterface", "ec2:DeleteNetworkInterface",
                        "ec2:DescribeNetworkInterfaces", "ec2:DescribeSecurityGroups", "ec2:DescribeSubnets", "ec2:DescribeVpcs")))
                .set("resourceArns", "$T.of($S)", List.class, "*").build());
        String mapping = ctx.local(Cdk.of("lambda", "EventSourceMapping"), ctx.var(fn) + "From" + ctx.constructId(broker),
                CodeBlock.of("$N.addEventSourceMapping($S, $L)", ctx.var(fn), ctx.constructId(broker) + "Queues", options.build()));
        // the L2 options have no queue names at this CDK version
        ctx.statement("(($T) $N.getNode().getDefaultChild()).setQueues($L)", Cdk.of("lambda", "CfnEventSourceMapping"), mapping,
                Literals.strings(queues));
        ctx.expectConnection(conn, "AWS::Lambda::EventSourceMapping", Map.of("BatchSize", p.integer("batchSize", 100)));
    }
}
