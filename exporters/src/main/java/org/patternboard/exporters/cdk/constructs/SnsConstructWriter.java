package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.core.ServicePublishers;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * SNS topics and their subscriptions: {@code topic.addSubscription(new SqsSubscription(queue, ...))} with raw
 * delivery, filter policies and the topic's dead-letter queue (a {@code failsTo} queue) on every subscription.
 */
final class SnsConstructWriter implements ConstructWriter {
    static final ClassName TOPIC = Cdk.of("sns", "Topic");
    static final ClassName ALIAS = Cdk.of("kms", "Alias");
    private static final String SUBS = Cdk.BASE + ".services.sns.subscriptions";

    @Override
    public List<String> types() {
        return List.of("aws.sns.topic");
    }

    @Override
    public Set<String> prerequisites(Component c, StackContext ctx) {
        return new TreeSet<>(Keys.prerequisites(c, ctx));
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        Call t = Call.construct(TOPIC, ctx.constructId(c)).bool("enforceSsl", true);
        Map<String, Object> key = new LinkedHashMap<>();
        MappedSetters.apply(c, ctx, t, "AWS::SNS::Topic", key, "fifo");
        if (p.bool("fifo", false)) {
            MappedSetters.apply(c, ctx, t, "AWS::SNS::Topic", key, "contentBasedDeduplication");
        }
        if (p.isSet("displayName")) {
            t.string("displayName", Text.cut(p.string("displayName"), 100));
        }
        Optional<CodeBlock> kmsKey = Keys.key(c, ctx);
        if (kmsKey.isPresent()) {
            t.set("masterKey", kmsKey.get());
        } else if ("KMS".equals(p.string("encryption")) && (p.isSet("encryption") || !ServicePublishers.publishTo(ctx.design(), c))) {
            t.set("masterKey", "$T.fromAliasName(this, $S, $S)", ALIAS, ctx.newConstructId(ctx.constructId(c) + "Key"), "alias/aws/sns");
        }
        MappedSetters.apply(c, ctx, t, "AWS::SNS::Topic", key, "tracing");
        ctx.declare(c, TOPIC, t.build());
        ctx.expect(c, "AWS::SNS::Topic", key);
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        Component topic = ctx.component(conn.from());
        Component target = ctx.component(conn.to());
        if (conn.kind() == ConnectionKind.FAILS_TO) {
            // applied to every subscription of the topic
            return ctx.hasVariable(target.id()) && !ctx.outgoing(topic, ConnectionKind.SUBSCRIBES).isEmpty();
        }
        if (conn.kind() != ConnectionKind.SUBSCRIBES) {
            return false;
        }
        Props p = ctx.props(conn);
        ClassName type;
        CodeBlock endpoint;
        switch (target.type()) {
            case "aws.sqs.queue" -> {
                type = ClassName.get(SUBS, "SqsSubscription");
                endpoint = ctx.ref(target);
            }
            case "aws.lambda.function" -> {
                type = ClassName.get(SUBS, "LambdaSubscription");
                endpoint = ctx.ref(target);
            }
            case "external.httpEndpoint" -> {
                type = ClassName.get(SUBS, "UrlSubscription");
                endpoint = CodeBlock.of("$S", ExternalWriter.url(target, ctx));
            }
            case "aws.kinesisfirehose.deliveryStream" -> {
                FirehoseConstructWriter.subscribe(conn, topic, target, ctx);
                return true;
            }
            default -> {
                return false;
            }
        }
        boolean external = "external.httpEndpoint".equals(target.type());
        if (!ctx.hasVariable(topic.id()) || (!external && !ctx.hasVariable(target.id()))) {
            return false;
        }
        Call sub = Call.builder(type, endpoint);
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("Protocol", switch (target.type()) {
            case "aws.sqs.queue" -> "sqs";
            case "aws.lambda.function" -> "lambda";
            default -> ExternalWriter.url(target, ctx).startsWith("http://") ? "http" : "https";
        });
        if (!"aws.lambda.function".equals(target.type()) && p.bool("rawMessageDelivery", false)) {
            sub.bool("rawMessageDelivery", true);
            key.put("RawMessageDelivery", true);
        }
        Object filter = p.value("filterPolicy");
        boolean rawFilter = false;
        if (filter instanceof Map<?, ?> m && !m.isEmpty()) {
            boolean body = "MessageBody".equals(p.string("filterPolicyScope"));
            Optional<CodeBlock> typed = body ? Optional.empty() : FilterPolicies.typed(m);
            if (typed.isPresent()) {
                sub.set("filterPolicy", typed.get());
            } else {
                rawFilter = true;
            }
            key.put("FilterPolicy", filter);
        }
        for (Connection f : ctx.outgoingTo(topic, ConnectionKind.FAILS_TO, "aws.sqs.queue")) {
            if (ctx.hasVariable(f.to())) {
                sub.set("deadLetterQueue", ctx.ref(f.to()));
                break;
            }
        }
        if (rawFilter) {
            // filter policies the typed API cannot express (or on the message body) go to the subscription as written
            String s = ctx.local(Cdk.of("sns", "Subscription"), ctx.var(topic) + "To" + ctx.constructId(target),
                    CodeBlock.of("$N.addSubscription($L)", ctx.var(topic), sub.build()));
            CodeBlock cfn = CodeBlock.of("(($T) $N.getNode().getDefaultChild())", Cdk.of("sns", "CfnSubscription"), s);
            ctx.statement("$L.setFilterPolicy($L)", cfn, org.patternboard.exporters.cdk.stack.Literals.map((Map<?, ?>) filter));
            ctx.statement("$L.setFilterPolicyScope($S)", cfn, p.string("filterPolicyScope", "MessageAttributes"));
        } else {
            ctx.statement("$N.addSubscription($L)", ctx.var(topic), sub.build());
        }
        ctx.expectConnection(conn, "AWS::SNS::Subscription", key);
        return true;
    }
}
