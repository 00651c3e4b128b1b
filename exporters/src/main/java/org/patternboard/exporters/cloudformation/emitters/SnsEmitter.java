package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.MappedProperties;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.core.ServicePublishers;
import org.patternboard.exporters.cloudformation.core.ResourcePolicies;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * SNS topics and their subscriptions (filter policies, raw delivery, a dead-letter queue per subscription
 * when the topic {@code failsTo} a queue), and the topic policy for AWS services.
 */
final class SnsEmitter implements Emitter {
    static final String TOPIC = "aws.sns.topic";

    @Override
    public List<String> types() {
        return List.of(TOPIC);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        Resource t = ctx.add(c, "AWS::SNS::Topic");
        MappedProperties.emit(c, t, p, ctx, "fifo");
        if (p.bool("fifo", false)) {
            MappedProperties.emit(c, t, p, ctx, "contentBasedDeduplication");
        }
        if (p.string("displayName") != null) {
            t.put("DisplayName", Support.description(p.string("displayName"), 100));
        }
        if ("KMS".equals(p.string("encryption"))) {
            if (Kms.key(ctx, c).isPresent()) {
                t.put("KmsMasterKeyId", Kms.keyOrAlias(ctx, c, null));
            } else if (p.isSet("encryption") || !ServicePublishers.publishTo(ctx.design(), c)) {
                t.put("KmsMasterKeyId", "alias/aws/sns");
            }
        }
        MappedProperties.emit(c, t, p, ctx, "tracing");
        ctx.output(c, "Arn", Fn.ref(ctx.id(c)), "Topic ARN");
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return switch (form) {
            case "arn" -> Fn.ref(ctx.id(c));
            case "name" -> Fn.getAtt(ctx.id(c), "TopicName");
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public Map<String, Object> environment(Component c, ExportContext ctx) {
        return Map.of("ARN", Fn.ref(ctx.id(c)));
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        Component topic = ctx.component(conn.from());
        Component target = ctx.component(conn.to());
        if (conn.kind() == ConnectionKind.FAILS_TO) {
            return true; // applied to every subscription below
        }
        if (conn.kind() != ConnectionKind.SUBSCRIBES) {
            return false;
        }
        Props p = ctx.props(conn);
        Resource sub = ctx.add(conn, "Subscription", "AWS::SNS::Subscription");
        sub.put("TopicArn", Fn.ref(ctx.id(topic)));
        switch (target.type()) {
            case "aws.sqs.queue" -> {
                sub.put("Protocol", "sqs");
                sub.put("Endpoint", Fn.getAtt(ctx.id(target), "Arn"));
            }
            case "aws.lambda.function" -> {
                sub.put("Protocol", "lambda");
                sub.put("Endpoint", Fn.getAtt(ctx.id(target), "Arn"));
            }
            case "aws.kinesisfirehose.deliveryStream" -> {
                sub.put("Protocol", "firehose");
                sub.put("Endpoint", Fn.getAtt(ctx.id(target), "Arn"));
                sub.put("SubscriptionRoleArn", ctx.roleArn(topic));
            }
            default -> {
                Object url = ctx.reference(target, "url");
                sub.put("Protocol", url instanceof String s && s.startsWith("http://") ? "http" : "https");
                sub.put("Endpoint", url);
            }
        }
        Object filter = p.value("filterPolicy");
        if (filter instanceof Map<?, ?> m && !m.isEmpty()) {
            sub.put("FilterPolicy", filter);
            sub.put("FilterPolicyScope", p.string("filterPolicyScope"));
        }
        if (!"aws.lambda.function".equals(target.type()) && p.bool("rawMessageDelivery", false)) {
            sub.put("RawMessageDelivery", true);
        }
        for (Connection f : ctx.outgoing(topic, ConnectionKind.FAILS_TO)) {
            sub.put("RedrivePolicy", Fn.map("deadLetterTargetArn", Fn.getAtt(ctx.id(f.to()), "Arn")));
            break;
        }
        return true;
    }

    @Override
    public void finish(Component c, ExportContext ctx) {
        List<Object> statements = ResourcePolicyDocuments.statements(ctx, c);
        // every topic refuses publishing without TLS (cdk-nag SNS3), whoever publishes to it
        statements.add(TlsOnly.deny("sns:Publish", Fn.ref(ctx.id(c))));
        Resource policy = ctx.template().add(ResourcePolicies.topicPolicyId(ctx, c), "AWS::SNS::TopicPolicy");
        ctx.tag(policy, c);
        policy.put("Topics", List.of(Fn.ref(ctx.id(c))));
        policy.put("PolicyDocument", ResourcePolicyDocuments.document(statements));
    }
}
