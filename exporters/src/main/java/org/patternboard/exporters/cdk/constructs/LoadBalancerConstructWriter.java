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
 * Application and Network Load Balancers: the load balancer in the VPC, one listener, and a target group per
 * {@code invokes} (ALB) or {@code connects} (NLB) connection, with the connection's path rule and priority.
 */
final class LoadBalancerConstructWriter implements ConstructWriter {
    static final String ALB_TYPE = "aws.elbv2.applicationLoadBalancer";
    static final String NLB_TYPE = "aws.elbv2.networkLoadBalancer";
    static final ClassName ALB = Cdk.of("elasticloadbalancingv2", "ApplicationLoadBalancer");
    static final ClassName NLB = Cdk.of("elasticloadbalancingv2", "NetworkLoadBalancer");
    static final ClassName APPLICATION_LISTENER = Cdk.of("elasticloadbalancingv2", "ApplicationListener");
    static final ClassName NETWORK_LISTENER = Cdk.of("elasticloadbalancingv2", "NetworkListener");
    static final ClassName LISTENER_ACTION = Cdk.of("elasticloadbalancingv2", "ListenerAction");
    static final ClassName LISTENER_CONDITION = Cdk.of("elasticloadbalancingv2", "ListenerCondition");
    static final ClassName LISTENER_CERTIFICATE = Cdk.of("elasticloadbalancingv2", "ListenerCertificate");
    static final ClassName APPLICATION_PROTOCOL = Cdk.of("elasticloadbalancingv2", "ApplicationProtocol");
    static final ClassName PROTOCOL = Cdk.of("elasticloadbalancingv2", "Protocol");
    static final ClassName ADD_APPLICATION_TARGETS = Cdk.of("elasticloadbalancingv2", "AddApplicationTargetsProps");
    static final ClassName ADD_APPLICATION_ACTION = Cdk.of("elasticloadbalancingv2", "AddApplicationActionProps");
    static final ClassName ADD_NETWORK_TARGETS = Cdk.of("elasticloadbalancingv2", "AddNetworkTargetsProps");
    static final ClassName APPLICATION_LISTENER_PROPS = Cdk.of("elasticloadbalancingv2", "BaseApplicationListenerProps");
    static final ClassName NETWORK_LISTENER_PROPS = Cdk.of("elasticloadbalancingv2", "BaseNetworkListenerProps");
    static final ClassName REDIRECT_OPTIONS = Cdk.of("elasticloadbalancingv2", "RedirectOptions");
    static final ClassName LAMBDA_TARGET = ClassName.get(Cdk.BASE + ".services.elasticloadbalancingv2.targets", "LambdaTarget");

    @Override
    public List<String> types() {
        return List.of(ALB_TYPE, NLB_TYPE);
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>();
        ctx.outgoingTo(c, ConnectionKind.USES, "aws.certificatemanager.certificate").forEach(u -> pre.add(u.to()));
        return pre;
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        boolean alb = ALB_TYPE.equals(c.type());
        boolean internetFacing = "internet-facing".equals(p.string("scheme", "internet-facing"));
        Call lb = Call.construct(alb ? ALB : NLB, ctx.constructId(c))
                .set("vpc", Network.of(ctx).vpc(c))
                .bool("internetFacing", internetFacing)
                .set("vpcSubnets", internetFacing ? Network.publicSubnets() : Network.privateSubnets());
        if (alb && p.isExplicit("idleTimeout")) {
            lb.set("idleTimeout", Cdk.seconds(p.integer("idleTimeout", 60)));
        }
        if (alb && p.bool("dropInvalidHeaders", false)) {
            lb.bool("dropInvalidHeaderFields", true);
        }
        if (!alb && p.bool("crossZone", false)) {
            lb.bool("crossZoneEnabled", true);
        }
        if (p.bool("deletionProtection", false)) {
            lb.bool("deletionProtection", true);
        }
        ctx.declare(c, alb ? ALB : NLB, lb.build());
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("Type", alb ? "application" : "network");
        key.put("Scheme", internetFacing ? "internet-facing" : "internal");
        ctx.expect(c, "AWS::ElasticLoadBalancingV2::LoadBalancer", key);
        CodeBlock certificate = null;
        for (Connection u : ctx.outgoingTo(c, ConnectionKind.USES, "aws.certificatemanager.certificate")) {
            if (ctx.hasVariable(u.to())) {
                certificate = CodeBlock.of("$T.of($T.fromCertificateManager($N))", List.class, LISTENER_CERTIFICATE, ctx.var(u.to()));
                ctx.handled(u);
                break;
            }
        }
        if (alb) {
            boolean https = "HTTPS".equals(p.string("listenerProtocol")) && certificate != null;
            Call listener = Call.struct(APPLICATION_LISTENER_PROPS)
                    .number("port", https ? 443 : 80)
                    .set("protocol", Cdk.constant(APPLICATION_PROTOCOL, https ? "HTTPS" : "HTTP"))
                    .set("defaultAction", "$T.fixedResponse(404)", LISTENER_ACTION);
            if (https) {
                listener.set("certificates", certificate);
            }
            String v = ctx.local(APPLICATION_LISTENER, ctx.var(c) + "Listener",
                    CodeBlock.of("$N.addListener($S, $L)", ctx.var(c), https ? "Https" : "Http", listener.build()));
            ctx.shared("listener:" + c.id(), () -> v);
        } else if (!ctx.outgoing(c, ConnectionKind.CONNECTS).isEmpty()) {
            // an NLB listener needs a target group: created once something connects
            CodeBlock nlbCertificate = certificate == null ? CodeBlock.of("") : certificate;
            ctx.shared("nlbCertificate:" + c.id(), () -> nlbCertificate);
        }
    }

    /** The listener of a load balancer (an NLB's is created on first use); null when it has none. */
    static String listener(StackContext ctx, Component lb) {
        if (ALB_TYPE.equals(lb.type())) {
            return ctx.shared("listener:" + lb.id(), () -> null);
        }
        return ctx.shared("listener:" + lb.id(), () -> {
            Props p = ctx.props(lb);
            String protocol = p.string("listenerProtocol", "TCP");
            boolean tls = "TLS".equals(protocol);
            CodeBlock certificate = ctx.shared("nlbCertificate:" + lb.id(), () -> CodeBlock.of(""));
            if (tls && certificate.isEmpty()) {
                protocol = "TCP";
                tls = false;
            }
            Call listener = Call.struct(NETWORK_LISTENER_PROPS)
                    .number("port", p.integer("listenerPort", tls ? 443 : 80))
                    .set("protocol", Cdk.constant(PROTOCOL, protocol));
            if (tls) {
                listener.set("certificates", certificate);
            }
            String v = ctx.local(NETWORK_LISTENER, ctx.var(lb) + "Listener",
                    CodeBlock.of("$N.addListener($S, $L)", ctx.var(lb), "Listener", listener.build()));
            boolean targets = ctx.outgoing(lb, ConnectionKind.CONNECTS).stream()
                    .anyMatch(x -> "aws.ecs.fargateService".equals(ctx.component(x.to()).type()) && ctx.hasVariable(x.to()));
            if (!targets) {
                // a listener needs a target group; this one is empty until targets are registered
                ctx.statement("$N.addTargets($S, $T.builder().port($L).build())", v, "Default", ADD_NETWORK_TARGETS,
                        p.integer("listenerPort", 80));
            }
            return v;
        });
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        Component lb = ctx.component(conn.from());
        Component target = ctx.component(conn.to());
        boolean alb = ALB_TYPE.equals(lb.type());
        if (alb && conn.kind() == ConnectionKind.INVOKES) {
            String listener = listener(ctx, lb);
            Props p = ctx.props(conn);
            int[] counter = ctx.shared("priority:" + lb.id(), () -> new int[] {0});
            boolean hasDefault = ctx.shared("default:" + lb.id(), () -> new boolean[1])[0];
            String path = p.string("pathPattern", "");
            boolean asDefault = path.isBlank() && !hasDefault && !ExternalWriter.HTTP_ENDPOINT.equals(target.type());
            String id = ctx.constructId(target) + conn.id().replaceAll("[^A-Za-z0-9]", "");
            Call props;
            if (ExternalWriter.HTTP_ENDPOINT.equals(target.type())) {
                java.net.URI uri = java.net.URI.create(ExternalWriter.url(target, ctx));
                props = Call.struct(ADD_APPLICATION_ACTION).set("action", "$T.redirect($L)", LISTENER_ACTION,
                        Call.struct(REDIRECT_OPTIONS).string("host", uri.getHost() == null ? "example.com" : uri.getHost())
                                .string("protocol", "HTTPS").string("port", "443").bool("permanent", false).build());
            } else if ("aws.lambda.function".equals(target.type()) && ctx.hasVariable(target.id())) {
                props = Call.struct(ADD_APPLICATION_TARGETS).set("targets", "$T.of(new $T($N))", List.class, LAMBDA_TARGET, ctx.var(target));
            } else if ("aws.ecs.fargateService".equals(target.type()) && ctx.hasVariable(target.id())) {
                props = Call.struct(ADD_APPLICATION_TARGETS).number("port", ctx.props(target).integer("containerPort", 80))
                        .set("protocol", "$T.HTTP", APPLICATION_PROTOCOL)
                        .set("targets", "$T.of($N)", List.class, ctx.var(target));
            } else {
                return false;
            }
            if (!asDefault) {
                counter[0]++;
                props.number("priority", p.integer("priority", counter[0]))
                        .set("conditions", "$T.of($T.pathPatterns($L))", List.class, LISTENER_CONDITION,
                                Literals.strings(List.of(path.isBlank() ? "/" + Assets.kebab(ctx.constructId(target)) + "/*" : path)));
            } else {
                ctx.shared("default:" + lb.id(), () -> new boolean[1])[0] = true;
            }
            boolean action = ExternalWriter.HTTP_ENDPOINT.equals(target.type());
            ctx.statement("$N.$N($S, $L)", listener, action ? "addAction" : "addTargets", id, props.build());
            return true;
        }
        if (!alb && conn.kind() == ConnectionKind.CONNECTS) {
            if ("aws.ecs.fargateService".equals(target.type()) && ctx.hasVariable(target.id())) {
                String listener = listener(ctx, lb);
                ctx.statement("$N.addTargets($S, $L)", listener, ctx.constructId(target) + conn.id().replaceAll("[^A-Za-z0-9]", ""),
                        Call.struct(ADD_NETWORK_TARGETS).number("port", ctx.props(target).integer("containerPort", 80))
                                .set("targets", "$T.of($N)", List.class, ctx.var(target)).build());
                ctx.statement("$N.getConnections().allowFrom($T.ipv4($N.getVpc().getVpcCidrBlock()), $T.tcp($L))", ctx.var(target),
                        Network.PEER, ctx.var(lb), Network.PORT, ctx.props(target).integer("containerPort", 80));
                return true;
            }
            if ("aws.mq.broker".equals(target.type())) {
                ctx.comment("broker IP addresses are known only after deployment: register them as IP targets then");
                return true;
            }
        }
        return false;
    }
}
