package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.LogicalIds;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;

/**
 * The VPCs of one export, created on first use. A component inside a {@code vpc} group uses that group's
 * VPC; any other component that needs a network uses one shared VPC. Each VPC has two private subnets in two
 * availability zones (no NAT gateway: free gateway endpoints reach S3 and DynamoDB), and two public subnets
 * with an internet gateway only when something internet-facing needs them. Each component gets its own
 * security group; {@code connects} and {@code mounts} connections open exactly one port between two groups.
 */
final class Network {
    private static final String STATE_KEY = "network";
    private static final long FLOW_LOG_RETENTION_DAYS = 30;
    private static final String VPC_CIDR = "10.0.0.0/16";
    private static final long HTTPS = 443;
    private static final String[] PRIVATE_CIDRS = {"10.0.0.0/19", "10.0.32.0/19"};
    private static final String[] PUBLIC_CIDRS = {"10.0.128.0/20", "10.0.144.0/20"};

    private final ExportContext ctx;
    private final Map<String, Vpc> vpcs = new HashMap<>();
    private final Map<String, String> securityGroups = new HashMap<>();

    private static final class Vpc {
        final String id;
        final List<Object> privateSubnets = new ArrayList<>();
        final List<Object> publicSubnets = new ArrayList<>();
        final Map<String, Object> metadata;
        String attachment;

        Vpc(String id, Map<String, Object> metadata) {
            this.id = id;
            this.metadata = metadata;
        }
    }

    private Network(ExportContext ctx) {
        this.ctx = ctx;
    }

    static Network of(ExportContext ctx) {
        return ctx.state(STATE_KEY, () -> new Network(ctx));
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

    Object vpcId(Component c) {
        return Fn.ref(vpc(c).id);
    }

    List<Object> privateSubnets(Component c) {
        return List.copyOf(vpc(c).privateSubnets);
    }

    List<Object> publicSubnets(Component c) {
        Vpc v = vpc(c);
        if (v.publicSubnets.isEmpty()) {
            createPublic(v);
        }
        return List.copyOf(v.publicSubnets);
    }

    /** The internet gateway attachment of the component's VPC, for a DependsOn of internet-facing resources. */
    String internetGatewayAttachment(Component c) {
        publicSubnets(c);
        return vpc(c).attachment;
    }

    /** The component's own security group (created on first use); its logical id. */
    String securityGroup(Component c) {
        return securityGroups.computeIfAbsent(c.id(), k -> {
            Resource sg = ctx.add(c, "SecurityGroup", "AWS::EC2::SecurityGroup");
            sg.put("GroupDescription", "Security group of " + ctx.id(c));
            sg.put("VpcId", vpcId(c));
            return sg.logicalId();
        });
    }

    Object securityGroupId(Component c) {
        return Fn.getAtt(securityGroup(c), "GroupId");
    }

    /** Lets {@code from} reach {@code to} on one TCP port. */
    void allow(Connection conn, Component from, Component to, long port) {
        Resource rule = ctx.add(conn, "Ingress", "AWS::EC2::SecurityGroupIngress");
        rule.put("GroupId", securityGroupId(to));
        rule.put("SourceSecurityGroupId", securityGroupId(from));
        rule.put("IpProtocol", "tcp");
        rule.put("FromPort", port);
        rule.put("ToPort", port);
        rule.put("Description", "From " + ctx.id(from) + " to " + ctx.id(to));
    }

    /** Lets the members of a component's own security group reach each other on one TCP port. */
    void allowWithinGroup(Component c, String suffix, long port, String why) {
        Resource rule = ctx.add(c, suffix, "AWS::EC2::SecurityGroupIngress");
        rule.put("GroupId", securityGroupId(c));
        rule.put("SourceSecurityGroupId", securityGroupId(c));
        rule.put("IpProtocol", "tcp");
        rule.put("FromPort", port);
        rule.put("ToPort", port);
        rule.put("Description", why);
    }

    /**
     * An interface endpoint of an AWS service (e.g. secretsmanager) in the private subnets of the component's VPC,
     * created once per VPC, so functions there reach the service without a route to the internet. It admits HTTPS
     * from the VPC's own address range only.
     */
    void interfaceEndpoint(Component c, String service) {
        Vpc v = vpc(c);
        String key = "endpoint/" + v.id + "/" + service;
        ctx.state(key, () -> {
            String name = LogicalIds.sanitize(service, "Service");
            Resource sg = add(v, name + "EndpointSecurityGroup", "AWS::EC2::SecurityGroup");
            sg.put("GroupDescription", "HTTPS to the " + service + " endpoint from " + v.id);
            sg.put("VpcId", Fn.ref(v.id));
            sg.put("SecurityGroupIngress", List.of(Fn.map("IpProtocol", "tcp", "FromPort", HTTPS, "ToPort", HTTPS,
                    "CidrIp", VPC_CIDR, "Description", "From " + v.id)));
            Resource endpoint = add(v, name + "Endpoint", "AWS::EC2::VPCEndpoint");
            endpoint.put("VpcId", Fn.ref(v.id));
            endpoint.put("ServiceName", Fn.sub("com.amazonaws.${AWS::Region}." + service));
            endpoint.put("VpcEndpointType", "Interface");
            endpoint.put("PrivateDnsEnabled", true);
            endpoint.put("SubnetIds", List.copyOf(v.privateSubnets));
            endpoint.put("SecurityGroupIds", List.of(Fn.getAtt(sg.logicalId(), "GroupId")));
            return endpoint.logicalId();
        });
    }

    /** Lets the internet reach an internet-facing component on one TCP port. */
    void allowInternet(Component to, long port) {
        Resource rule = ctx.add(to, "IngressPort" + port, "AWS::EC2::SecurityGroupIngress");
        rule.put("GroupId", securityGroupId(to));
        rule.put("CidrIp", "0.0.0.0/0");
        rule.put("IpProtocol", "tcp");
        rule.put("FromPort", port);
        rule.put("ToPort", port);
        rule.put("Description", "Internet to " + ctx.id(to));
        ctx.nag().suppress(rule, "internetFacingListener", to.name());
    }

    private Vpc vpc(Component c) {
        Group g = vpcGroup(c);
        String key = g == null ? "" : g.id();
        Vpc v = vpcs.get(key);
        if (v == null) {
            String base = g == null ? "Vpc" : LogicalIds.sanitize(g.label(), "Vpc");
            Map<String, Object> meta = new LinkedHashMap<>();
            if (g != null) {
                meta.put("patternboard:group", g.id());
            }
            v = new Vpc(ctx.sharedId(base), meta);
            createPrivate(v);
            vpcs.put(key, v);
        }
        return v;
    }

    private Resource add(Vpc v, String suffix, String type) {
        Resource r = ctx.template().add(suffix.isEmpty() ? v.id : ctx.sharedId(v.id + suffix), type);
        v.metadata.forEach(r::metadata);
        return r;
    }

    private void createPrivate(Vpc v) {
        Resource vpc = add(v, "", "AWS::EC2::VPC");
        vpc.put("CidrBlock", VPC_CIDR);
        vpc.put("EnableDnsSupport", true);
        vpc.put("EnableDnsHostnames", true);
        Resource table = add(v, "PrivateRouteTable", "AWS::EC2::RouteTable");
        table.put("VpcId", Fn.ref(v.id));
        for (int i = 0; i < PRIVATE_CIDRS.length; i++) {
            Resource subnet = add(v, "PrivateSubnet" + (i + 1), "AWS::EC2::Subnet");
            subnet.put("VpcId", Fn.ref(v.id));
            subnet.put("CidrBlock", PRIVATE_CIDRS[i]);
            subnet.put("AvailabilityZone", Fn.select(i, Fn.getAZs()));
            Resource assoc = add(v, "PrivateSubnet" + (i + 1) + "RouteTableAssociation",
                    "AWS::EC2::SubnetRouteTableAssociation");
            assoc.put("SubnetId", Fn.ref(subnet.logicalId()));
            assoc.put("RouteTableId", Fn.ref(table.logicalId()));
            v.privateSubnets.add(Fn.ref(subnet.logicalId()));
        }
        flowLogs(v);
        for (String service : List.of("s3", "dynamodb")) {
            Resource endpoint = add(v, LogicalIds.sanitize(service, "") + "Endpoint", "AWS::EC2::VPCEndpoint");
            endpoint.put("VpcId", Fn.ref(v.id));
            endpoint.put("ServiceName", Fn.sub("com.amazonaws.${AWS::Region}." + service));
            endpoint.put("VpcEndpointType", "Gateway");
            endpoint.put("RouteTableIds", List.of(Fn.ref(table.logicalId())));
        }
    }

    /**
     * Every VPC records its traffic (flow logs, cdk-nag VPC7) in a log group with the export's usual 30 days,
     * through a role that may only write to that group.
     */
    private void flowLogs(Vpc v) {
        Resource group = add(v, "FlowLogs", "AWS::Logs::LogGroup");
        group.put("RetentionInDays", FLOW_LOG_RETENTION_DAYS);
        String owner = "vpc\u0000" + v.id;
        String roleId = ctx.sharedId(v.id + "FlowLogsRole");
        Resource role = ctx.iam().createRole(owner, roleId, () -> ctx.sharedId(v.id + "FlowLogsPolicy"),
                "vpc-flow-logs.amazonaws.com");
        v.metadata.forEach(role::metadata);
        ctx.iam().allowOwn(owner, "WriteFlowLogs", List.of("logs:CreateLogStream", "logs:PutLogEvents",
                "logs:DescribeLogStreams"), List.of(Fn.getAtt(group.logicalId(), "Arn")));
        Resource flowLog = add(v, "FlowLog", "AWS::EC2::FlowLog");
        flowLog.put("ResourceId", Fn.ref(v.id));
        flowLog.put("ResourceType", "VPC");
        flowLog.put("TrafficType", "ALL");
        flowLog.put("LogDestinationType", "cloud-watch-logs");
        flowLog.put("LogGroupName", Fn.ref(group.logicalId()));
        flowLog.put("DeliverLogsPermissionArn", Fn.getAtt(roleId, "Arn"));
    }

    private void createPublic(Vpc v) {
        Resource igw = add(v, "InternetGateway", "AWS::EC2::InternetGateway");
        Resource attach = add(v, "InternetGatewayAttachment", "AWS::EC2::VPCGatewayAttachment");
        attach.put("VpcId", Fn.ref(v.id));
        attach.put("InternetGatewayId", Fn.ref(igw.logicalId()));
        v.attachment = attach.logicalId();
        Resource table = add(v, "PublicRouteTable", "AWS::EC2::RouteTable");
        table.put("VpcId", Fn.ref(v.id));
        Resource route = add(v, "PublicDefaultRoute", "AWS::EC2::Route");
        route.put("RouteTableId", Fn.ref(table.logicalId()));
        route.put("DestinationCidrBlock", "0.0.0.0/0");
        route.put("GatewayId", Fn.ref(igw.logicalId()));
        // the route needs the gateway attached, which no reference expresses
        route.dependsOn(attach.logicalId());
        for (int i = 0; i < PUBLIC_CIDRS.length; i++) {
            Resource subnet = add(v, "PublicSubnet" + (i + 1), "AWS::EC2::Subnet");
            subnet.put("VpcId", Fn.ref(v.id));
            subnet.put("CidrBlock", PUBLIC_CIDRS[i]);
            subnet.put("AvailabilityZone", Fn.select(i, Fn.getAZs()));
            Resource assoc = add(v, "PublicSubnet" + (i + 1) + "RouteTableAssociation",
                    "AWS::EC2::SubnetRouteTableAssociation");
            assoc.put("SubnetId", Fn.ref(subnet.logicalId()));
            assoc.put("RouteTableId", Fn.ref(table.logicalId()));
            v.publicSubnets.add(Fn.ref(subnet.logicalId()));
        }
    }
}
