package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Amazon MQ brokers in private subnets. The broker user's password is generated into an own secret and
 * read through a dynamic reference; event source mappings and pipes authenticate with that secret.
 */
final class MqEmitter implements Emitter {
    static final String BROKER = "aws.mq.broker";

    @Override
    public List<String> types() {
        return List.of(BROKER);
    }

    static boolean isRabbit(ExportContext ctx, Component c) {
        return "RABBITMQ".equals(ctx.props(c).string("engineType"));
    }

    /** The TLS port clients use: AMQPS for RabbitMQ, OpenWire for ActiveMQ. */
    static long port(ExportContext ctx, Component c) {
        return isRabbit(ctx, c) ? 5671 : 61617;
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        String id = ctx.id(c);
        boolean rabbit = isRabbit(ctx, c);
        Resource secret = ctx.add(c, "Credentials", "AWS::SecretsManager::Secret").retention("Delete");
        secret.put("Description", "Broker user of " + id);
        ctx.nag().suppress(secret, "brokerUserCredentials", c.name());
        secret.put("GenerateSecretString", Fn.map(
                "SecretStringTemplate", "{\"username\":\"patternboard\"}",
                "GenerateStringKey", "password",
                "PasswordLength", 24L,
                "ExcludeCharacters", ",:=\"'@/\\ "));
        Resource broker = ctx.add(c, "AWS::AmazonMQ::Broker");
        String name = id.length() > 40 ? id.substring(0, 40) : id;
        broker.put("BrokerName", Fn.join("-", List.of(name,
                Fn.select(0, Fn.split("-", Fn.select(2, Fn.split("/", Fn.ref("AWS::StackId"))))))));
        MappedProperties.emit(c, broker, p, ctx, "engineType");
        broker.put("EngineVersion", p.string("engineVersion", rabbit ? "3.13" : "5.18"));
        MappedProperties.emit(c, broker, p, ctx, "instanceType");
        String mode = p.string("deploymentMode");
        if (rabbit && "ACTIVE_STANDBY_MULTI_AZ".equals(mode)) {
            mode = "CLUSTER_MULTI_AZ";
        } else if (!rabbit && "CLUSTER_MULTI_AZ".equals(mode)) {
            mode = "ACTIVE_STANDBY_MULTI_AZ";
        }
        broker.put("DeploymentMode", mode);
        boolean publicBroker = p.bool("publiclyAccessible", false);
        broker.put("PubliclyAccessible", publicBroker);
        MappedProperties.emit(c, broker, p, ctx, "autoMinorVersionUpgrade");
        broker.put("Users", List.of(Fn.map(
                "Username", "patternboard",
                "Password", Fn.sub("{{resolve:secretsmanager:${" + secret.logicalId() + "}:SecretString:password}}"))));
        Kms.key(ctx, c).ifPresentOrElse(
                k -> broker.put("EncryptionOptions", Fn.map("UseAwsOwnedKey", false, "KmsKeyId", Fn.getAtt(ctx.id(k), "Arn"))),
                () -> broker.put("EncryptionOptions", Fn.map("UseAwsOwnedKey", true)));
        if (!publicBroker) {
            List<Object> subnets = Network.of(ctx).privateSubnets(c);
            broker.put("SubnetIds", "SINGLE_INSTANCE".equals(mode) ? List.of(subnets.get(0)) : subnets);
            broker.put("SecurityGroups", List.of(Network.of(ctx).securityGroupId(c)));
            if (!ctx.outgoing(c, ConnectionKind.TRIGGERS).isEmpty()) {
                // Lambda and Pipes poll the broker from network interfaces in its own security group
                Resource self = ctx.add(c, "SelfIngress", "AWS::EC2::SecurityGroupIngress");
                self.put("GroupId", Network.of(ctx).securityGroupId(c));
                self.put("SourceSecurityGroupId", Network.of(ctx).securityGroupId(c));
                self.put("IpProtocol", "tcp");
                self.put("FromPort", port(ctx, c));
                self.put("ToPort", port(ctx, c));
                self.put("Description", "Pollers of " + id);
            }
        }
        if (!rabbit && p.bool("auditLogs", false) || p.bool("generalLogs", false)) {
            broker.put("Logs", Fn.map("Audit", !rabbit && p.bool("auditLogs", false), "General", p.bool("generalLogs", false)));
        }
        ctx.output(c, "Id", Fn.ref(id), "Broker id");
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (form) {
            case "arn" -> Fn.getAtt(id, "Arn");
            case "credentials" -> Fn.ref(ctx.derivedId(c, "Credentials"));
            case "name" -> Fn.join("-", List.of(id.length() > 40 ? id.substring(0, 40) : id,
                    Fn.select(0, Fn.split("-", Fn.select(2, Fn.split("/", Fn.ref("AWS::StackId")))))));
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        Map<String, Object> env = Fn.map();
        env.put("BROKER_ID", Fn.ref(ctx.id(c)));
        env.put("CREDENTIALS_ARN", Fn.ref(ctx.derivedId(c, "Credentials")));
        return env;
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.PUBLISHES;
    }
}
