package org.patternboard.exporters.cloudformation.emitters;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.core.ResourcePolicies;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Application and network load balancers with their own security group, a listener (HTTPS or TLS when they
 * use a certificate), and a target group per target: functions, Fargate services (IP targets), brokers;
 * an ALB redirects to external endpoints. Paths route to targets with listener rules; a user pool in front
 * of an HTTPS ALB authenticates users before forwarding.
 */
final class LoadBalancerEmitter implements Emitter {
    static final String ALB = "aws.elbv2.applicationLoadBalancer";
    static final String NLB = "aws.elbv2.networkLoadBalancer";
    static final Set<String> TYPES = Set.of(ALB, NLB);
    private static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    @Override
    public List<String> types() {
        return List.of(ALB, NLB);
    }

    static Object certificate(ExportContext ctx, Component c) {
        for (Connection u : ctx.outgoing(c, ConnectionKind.USES)) {
            Component target = ctx.component(u.to());
            if ("aws.certificatemanager.certificate".equals(target.type())) {
                return Fn.ref(ctx.id(target));
            }
        }
        return null;
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        boolean alb = ALB.equals(c.type());
        Network net = Network.of(ctx);
        boolean internetFacing = "internet-facing".equals(p.string("scheme"));
        Resource lb = ctx.add(c, "AWS::ElasticLoadBalancingV2::LoadBalancer");
        lb.put("Type", alb ? "application" : "network");
        MappedProperties.emit(c, lb, p, ctx, "scheme");
        lb.put("Subnets", internetFacing ? net.publicSubnets(c) : net.privateSubnets(c));
        lb.put("SecurityGroups", List.of(net.securityGroupId(c)));
        List<Object> attributes = new ArrayList<>();
        if (alb) {
            attributes.add(attribute("idle_timeout.timeout_seconds", String.valueOf(p.integer("idleTimeout"))));
            attributes.add(attribute("routing.http.drop_invalid_header_fields.enabled",
                    String.valueOf(p.bool("dropInvalidHeaders", false))));
        } else {
            attributes.add(attribute("load_balancing.cross_zone.enabled", String.valueOf(p.bool("crossZone", false))));
        }
        attributes.add(attribute("deletion_protection.enabled", String.valueOf(p.bool("deletionProtection", false))));
        if (!alb && p.bool("accessLogs", false)) {
            // NLB access logs (of TLS listeners) are delivered by delivery.logs.amazonaws.com to the access-log bucket
            attributes.add(attribute("access_logs.s3.enabled", "true"));
            attributes.add(attribute("access_logs.s3.bucket", Fn.ref(AccessLogs.bucket(ctx))));
            attributes.add(attribute("access_logs.s3.prefix", AccessLogs.loadBalancerPrefix(lb)));
        }
        lb.put("LoadBalancerAttributes", attributes);
        if (internetFacing) {
            // an internet-facing load balancer needs the internet gateway attached to its VPC
            lb.dependsOn(net.internetGatewayAttachment(c));
        }
        Object certificate = certificate(ctx, c);
        if (alb) {
            applicationListener(c, ctx, p, certificate, internetFacing);
        } else {
            networkListeners(c, ctx, p, certificate, internetFacing);
        }
        ctx.output(c, "DnsName", Fn.getAtt(ctx.id(c), "DNSName"), "Load balancer DNS name");
    }

    private static Map<String, Object> attribute(String key, Object value) {
        return Fn.map("Key", key, "Value", value);
    }

    private static void applicationListener(Component c, ExportContext ctx, Props p, Object certificate, boolean internet) {
        boolean https = certificate != null;
        long port = https ? 443 : 80;
        if (internet) {
            Network.of(ctx).allowInternet(c, port);
        }
        Resource listener = ctx.add(c, "Listener", "AWS::ElasticLoadBalancingV2::Listener");
        listener.put("LoadBalancerArn", Fn.ref(ctx.id(c)));
        listener.put("Port", port);
        listener.put("Protocol", https ? "HTTPS" : "HTTP");
        if (https) {
            listener.put("Certificates", List.of(Fn.map("CertificateArn", certificate)));
            listener.put("SslPolicy", TLS_POLICY);
        }
        List<Object> authenticate = new ArrayList<>();
        if (https) {
            for (Connection a : ctx.incoming(c, ConnectionKind.AUTHORIZES)) {
                Component pool = ctx.component(a.from());
                authenticate.add(Fn.map("Type", "authenticate-cognito", "Order", 1L, "AuthenticateCognitoConfig", Fn.map(
                        "UserPoolArn", Fn.getAtt(ctx.id(pool), "Arn"),
                        "UserPoolClientId", ctx.reference(pool, "albClientId", a),
                        "UserPoolDomain", ctx.reference(pool, "domain"))));
                ctx.handled(a);
                break;
            }
        }
        List<Object> defaultActions = null;
        long priority = 1;
        Set<Long> priorities = new HashSet<>();
        for (Connection t : ctx.outgoing(c, ConnectionKind.INVOKES)) {
            if (!isTarget(ctx.component(t.to()))) {
                continue;
            }
            Props cp = ctx.props(t);
            Map<String, Object> action = targetAction(c, t, ctx, p);
            List<Object> actions = new ArrayList<>(authenticate);
            if (!authenticate.isEmpty()) {
                action.put("Order", 2L);
            }
            actions.add(action);
            String path = cp.string("pathPattern");
            if ((path == null || path.isEmpty()) && defaultActions == null) {
                defaultActions = actions;
                continue;
            }
            if (path == null || path.isEmpty()) {
                path = "/" + ctx.id(t.to()) + "/*";
            }
            Long wanted = cp.integer("priority");
            long prio = wanted != null && !priorities.contains(wanted) ? wanted : nextFree(priorities, priority);
            priorities.add(prio);
            priority = prio + 1;
            Resource rule = ctx.add(t, "ListenerRule", "AWS::ElasticLoadBalancingV2::ListenerRule");
            rule.put("ListenerArn", Fn.ref(listener.logicalId()));
            rule.put("Priority", prio);
            rule.put("Conditions", List.of(Fn.map("Field", "path-pattern", "PathPatternConfig", Fn.map("Values", List.of(path)))));
            rule.put("Actions", actions);
        }
        if (defaultActions == null) {
            defaultActions = List.of(Fn.map("Type", "fixed-response", "FixedResponseConfig",
                    Fn.map("StatusCode", "404", "ContentType", "text/plain", "MessageBody", "Not found")));
        }
        listener.put("DefaultActions", defaultActions);
    }

    private static long nextFree(Set<Long> used, long from) {
        long p = from;
        while (used.contains(p)) {
            p++;
        }
        return p;
    }

    /** Forward to the target's group, or redirect to an external endpoint. */
    private static Map<String, Object> targetAction(Component lb, Connection t, ExportContext ctx, Props p) {
        Component target = ctx.component(t.to());
        if ("external.httpEndpoint".equals(target.type())) {
            Object url = ctx.reference(target, "url");
            String host = url instanceof String s ? Support.host(s) : "#{host}";
            return Fn.map("Type", "redirect", "RedirectConfig", Fn.map(
                    "Protocol", "HTTPS", "Port", "443", "Host", host.isEmpty() ? "#{host}" : host, "StatusCode", "HTTP_302"));
        }
        Resource tg = ctx.add(t, "TargetGroup", "AWS::ElasticLoadBalancingV2::TargetGroup");
        if (LambdaEmitter.FUNCTION.equals(target.type())) {
            tg.put("TargetType", "lambda");
            tg.put("Targets", List.of(Fn.map("Id", Fn.getAtt(ctx.id(target), "Arn"))));
            // the load balancer checks it may invoke the function when the target is registered
            tg.dependsOn(ResourcePolicies.permissionId(ctx, t));
        } else {
            long port = EcsEmitter.port(ctx.props(target));
            tg.put("TargetType", "ip");
            tg.put("Protocol", "HTTP");
            tg.put("Port", port);
            tg.put("VpcId", Network.of(ctx).vpcId(lb));
            tg.put("HealthCheckPath", "/");
            Network.of(ctx).allow(t, lb, target, port);
        }
        return Fn.map("Type", "forward", "TargetGroupArn", Fn.ref(tg.logicalId()));
    }

    private static void networkListeners(Component c, ExportContext ctx, Props p, Object certificate, boolean internet) {
        Set<Long> ports = new HashSet<>();
        boolean first = true;
        for (Connection t : ctx.outgoing(c, ConnectionKind.CONNECTS)) {
            Component target = ctx.component(t.to());
            long targetPort = ctx.props(t).integer("port") != null ? ctx.props(t).integer("port")
                    : MqEmitter.BROKER.equals(target.type()) ? MqEmitter.port(ctx, target) : EcsEmitter.port(ctx.props(target));
            long port = first && p.integer("listenerPort") != null ? p.integer("listenerPort") : targetPort;
            while (ports.contains(port)) {
                port++;
            }
            ports.add(port);
            String protocol = first ? p.string("listenerProtocol") : "TCP";
            if ("TLS".equals(protocol) && certificate == null) {
                protocol = "TCP";
            }
            first = false;
            Resource tg = ctx.add(t, "TargetGroup", "AWS::ElasticLoadBalancingV2::TargetGroup");
            tg.put("TargetType", "ip");
            tg.put("Protocol", "TCP");
            tg.put("Port", targetPort);
            tg.put("VpcId", Network.of(ctx).vpcId(c));
            Resource listener = ctx.add(t, "Listener", "AWS::ElasticLoadBalancingV2::Listener");
            listener.put("LoadBalancerArn", Fn.ref(ctx.id(c)));
            listener.put("Port", port);
            listener.put("Protocol", protocol);
            if ("TLS".equals(protocol)) {
                listener.put("Certificates", List.of(Fn.map("CertificateArn", certificate)));
                listener.put("SslPolicy", TLS_POLICY);
            }
            listener.put("DefaultActions", List.of(Fn.map("Type", "forward", "TargetGroupArn", Fn.ref(tg.logicalId()))));
            if (internet) {
                Network.of(ctx).allowInternet(c, port);
            }
            Network.of(ctx).allow(t, c, target, targetPort);
        }
        if (first) {
            // nothing to forward to yet: a TCP listener with an empty target group to register targets in
            long port = p.integer("listenerPort", 80);
            Resource tg = ctx.add(c, "TargetGroup", "AWS::ElasticLoadBalancingV2::TargetGroup");
            tg.put("TargetType", "ip");
            tg.put("Protocol", "TCP");
            tg.put("Port", port);
            tg.put("VpcId", Network.of(ctx).vpcId(c));
            Resource listener = ctx.add(c, "Listener", "AWS::ElasticLoadBalancingV2::Listener");
            listener.put("LoadBalancerArn", Fn.ref(ctx.id(c)));
            listener.put("Port", port);
            listener.put("Protocol", "TCP");
            listener.put("DefaultActions", List.of(Fn.map("Type", "forward", "TargetGroupArn", Fn.ref(tg.logicalId()))));
            if (internet) {
                Network.of(ctx).allowInternet(c, port);
            }
        }
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return reference(c, form, null, ctx);
    }

    @Override
    public Object reference(Component c, String form, Connection via, ExportContext ctx) {
        String id = ctx.id(c);
        return switch (form) {
            case "arn", "wafArn" -> Fn.ref(id);
            case "dnsName" -> Fn.getAtt(id, "DNSName");
            case "hostedZoneId" -> Fn.getAtt(id, "CanonicalHostedZoneID");
            case "targetGroupArn" -> Fn.ref(ctx.derivedId(via, "TargetGroup"));
            case "listenerId" -> ALB.equals(c.type()) ? ctx.derivedId(c, "Listener") : ctx.derivedId(via, "Listener");
            case "listenerArn" -> Fn.ref(firstListener(c, ctx));
            case "listenerPort" -> ALB.equals(c.type()) ? (Long) (certificate(ctx, c) != null ? 443L : 80L)
                    : (Long) ctx.props(c).integer("listenerPort", firstTargetPort(c, ctx));
            case "url" -> Fn.concat(certificate(ctx, c) != null ? "https://" : "http://", Fn.getAtt(id, "DNSName"));
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    private static String firstListener(Component c, ExportContext ctx) {
        if (ALB.equals(c.type())) {
            return ctx.derivedId(c, "Listener");
        }
        List<Connection> connects = ctx.outgoing(c, ConnectionKind.CONNECTS);
        return connects.isEmpty() ? ctx.derivedId(c, "Listener") : ctx.derivedId(connects.get(0), "Listener");
    }

    private static long firstTargetPort(Component c, ExportContext ctx) {
        for (Connection t : ctx.outgoing(c, ConnectionKind.CONNECTS)) {
            Component target = ctx.component(t.to());
            return ctx.props(t).integer("port") != null ? ctx.props(t).integer("port")
                    : MqEmitter.BROKER.equals(target.type()) ? MqEmitter.port(ctx, target) : EcsEmitter.port(ctx.props(target));
        }
        return 80;
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("DNS_NAME", Fn.getAtt(ctx.id(c), "DNSName"));
    }

    /** What an application load balancer can forward or redirect to. */
    private static boolean isTarget(Component target) {
        return LambdaEmitter.FUNCTION.equals(target.type()) || EcsEmitter.SERVICE.equals(target.type())
                || "external.httpEndpoint".equals(target.type());
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        return conn.kind() == ConnectionKind.INVOKES && isTarget(ctx.component(conn.to()))
                || conn.kind() == ConnectionKind.CONNECTS
                || conn.kind() == ConnectionKind.USES
                        && CertificateEmitter.CERTIFICATE.equals(ctx.component(conn.to()).type());
    }
}
