package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.HashMap;
import java.util.Map;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.Identifiers;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;

/**
 * The VPCs of one stack, declared on first use, shaped like the CloudFormation export's: two AZs of private
 * isolated subnets with no NAT gateway (gateway endpoints reach S3 and DynamoDB for free), plus public subnets
 * only when something in that VPC is internet-facing. A component inside a {@code vpc} group uses that
 * group's VPC; any other component that needs a network shares one VPC.
 */
final class Network {
    static final ClassName VPC = Cdk.of("ec2", "Vpc");
    static final ClassName SUBNET_SELECTION = Cdk.of("ec2", "SubnetSelection");
    static final ClassName SUBNET_TYPE = Cdk.of("ec2", "SubnetType");
    static final ClassName SUBNET_CONFIGURATION = Cdk.of("ec2", "SubnetConfiguration");
    static final ClassName IP_ADDRESSES = Cdk.of("ec2", "IpAddresses");
    static final ClassName GATEWAY_ENDPOINT_OPTIONS = Cdk.of("ec2", "GatewayVpcEndpointOptions");
    static final ClassName GATEWAY_ENDPOINT_SERVICE = Cdk.of("ec2", "GatewayVpcEndpointAwsService");
    static final ClassName SECURITY_GROUP = Cdk.of("ec2", "SecurityGroup");
    static final ClassName PEER = Cdk.of("ec2", "Peer");
    static final ClassName PORT = Cdk.of("ec2", "Port");

    private final StackContext ctx;
    private final Map<String, String> vpcVariables = new HashMap<>();

    private Network(StackContext ctx) {
        this.ctx = ctx;
    }

    static Network of(StackContext ctx) {
        return ctx.shared("network", () -> new Network(ctx));
    }

    /** The {@code vpc} group that (transitively) contains the component, or null. */
    Group vpcGroup(Component c) {
        String parent = c.parent();
        for (int depth = 0; parent != null && depth < 100; depth++) {
            Group g = ctx.design().group(parent).orElse(null);
            if (g == null) {
                return null;
            }
            if (g.kind() == GroupKind.VPC) {
                return g;
            }
            parent = g.parent();
        }
        return null;
    }

    /** The VPC variable of the component's network (declared now if this is its first use). */
    CodeBlock vpc(Component c) {
        Group g = vpcGroup(c);
        String key = g == null ? "" : g.id();
        String v = vpcVariables.get(key);
        if (v == null) {
            v = declare(g, key);
            vpcVariables.put(key, v);
        }
        return CodeBlock.of("$N", v);
    }

    /** The private (isolated) subnets, where functions, databases and caches go. */
    static CodeBlock privateSubnets() {
        return Call.struct(SUBNET_SELECTION).set("subnetType", "$T.PRIVATE_ISOLATED", SUBNET_TYPE).build();
    }

    static CodeBlock publicSubnets() {
        return Call.struct(SUBNET_SELECTION).set("subnetType", "$T.PUBLIC", SUBNET_TYPE).build();
    }

    private String declare(Group g, String key) {
        String label = g == null ? "Vpc" : Identifiers.words(g.label(), "Vpc");
        String constructId = ctx.newConstructId(label.endsWith("Vpc") ? label : label + "Vpc");
        String variable = ctx.newVar(constructId);
        boolean withPublic = needsPublicSubnets(key);
        CodeBlock privateSubnets = Call.struct(SUBNET_CONFIGURATION)
                .string("name", "Private")
                .set("subnetType", "$T.PRIVATE_ISOLATED", SUBNET_TYPE)
                .number("cidrMask", 19)
                .build();
        CodeBlock subnets = withPublic
                ? CodeBlock.of("$T.of($>\n$L,\n$L)$<", java.util.List.class, privateSubnets, Call.struct(SUBNET_CONFIGURATION)
                        .string("name", "Public")
                        .set("subnetType", "$T.PUBLIC", SUBNET_TYPE)
                        .number("cidrMask", 20)
                        .build())
                : CodeBlock.of("$T.of($L)", java.util.List.class, privateSubnets);
        CodeBlock endpoints = CodeBlock.of("$T.of($>\n$S, $L,\n$S, $L)$<", Map.class,
                "S3", Call.struct(GATEWAY_ENDPOINT_OPTIONS).set("service", "$T.S3", GATEWAY_ENDPOINT_SERVICE).build(),
                "DynamoDb", Call.struct(GATEWAY_ENDPOINT_OPTIONS).set("service", "$T.DYNAMODB", GATEWAY_ENDPOINT_SERVICE).build());
        Call vpc = Call.construct(VPC, constructId)
                .set("ipAddresses", "$T.cidr($S)", IP_ADDRESSES, "10.0.0.0/16")
                .number("maxAzs", 2)
                .number("natGateways", 0)
                .set("subnetConfiguration", subnets)
                .set("gatewayEndpoints", endpoints);
        ctx.blankLine();
        ctx.comment(g == null
                ? "Network shared by the components that need one: private subnets in two AZs, no NAT gateway"
                : g.id() + ": " + g.label() + " (vpc group)");
        ctx.statement("$T $N = $L", VPC, variable, vpc.build());
        return variable;
    }

    /** Whether anything in this VPC is internet-facing (so it needs public subnets and an internet gateway). */
    private boolean needsPublicSubnets(String key) {
        for (Component c : ctx.design().components()) {
            Group g = vpcGroup(c);
            if (!key.equals(g == null ? "" : g.id())) {
                continue;
            }
            Props p = ctx.props(c);
            boolean internetFacing = switch (c.type()) {
                case "aws.elbv2.applicationLoadBalancer", "aws.elbv2.networkLoadBalancer" ->
                        "internet-facing".equals(p.string("scheme"));
                case "aws.mq.broker", "aws.rds.dbInstance" -> p.bool("publiclyAccessible", false);
                case "aws.ecs.fargateService" -> p.bool("assignPublicIp", false);
                default -> false;
            };
            if (internetFacing) {
                return true;
            }
        }
        return false;
    }
}
