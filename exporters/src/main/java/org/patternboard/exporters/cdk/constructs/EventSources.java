package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.ClassName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.Literals;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Queues, streams and brokers that trigger a function: {@code fn.addEventSource(new SqsEventSource(...))}
 * and friends, with the connection's batch settings. The event source grants the function what it needs to
 * read the source.
 */
final class EventSources {
    private static final String PKG = Cdk.BASE + ".services.lambda.eventsources";
    static final ClassName SQS = ClassName.get(PKG, "SqsEventSource");
    static final ClassName KINESIS = ClassName.get(PKG, "KinesisEventSource");
    static final ClassName DYNAMO = ClassName.get(PKG, "DynamoEventSource");
    static final ClassName STARTING_POSITION = Cdk.of("lambda", "StartingPosition");
    static final ClassName FILTER_CRITERIA = Cdk.of("lambda", "FilterCriteria");

    private EventSources() {
    }

    static boolean wire(Connection conn, StackContext ctx) {
        Component source = ctx.component(conn.from());
        Component fn = ctx.component(conn.to());
        if (!ctx.hasVariable(source.id()) || !ctx.hasVariable(fn.id())) {
            return false;
        }
        Props p = ctx.props(conn);
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("BatchSize", p.integer("batchSize", 10));
        switch (source.type()) {
            case "aws.sqs.queue" -> {
                Call es = Call.builder(SQS, ctx.ref(source)).number("batchSize", p.integer("batchSize", 10));
                common(es, p);
                if (p.isSet("maxConcurrency")) {
                    es.number("maxConcurrency", p.integer("maxConcurrency", 2));
                }
                ctx.statement("$N.addEventSource($L)", ctx.var(fn), es.build());
            }
            case "aws.kinesis.stream", "aws.dynamodb.table" -> {
                boolean kinesis = "aws.kinesis.stream".equals(source.type());
                Call es = Call.builder(kinesis ? KINESIS : DYNAMO, ctx.ref(source))
                        .set("startingPosition", Cdk.constant(STARTING_POSITION, p.string("startingPosition", "LATEST")))
                        .number("batchSize", p.integer("batchSize", 100));
                common(es, p);
                if (p.isSet("bisectBatchOnError")) {
                    es.bool("bisectBatchOnError", p.bool("bisectBatchOnError", false));
                }
                long retries = p.integer("maximumRetryAttempts", -1);
                if (retries >= 0) {
                    es.number("retryAttempts", retries);
                }
                long age = p.integer("maximumRecordAge", -1);
                if (age >= 60) {
                    es.set("maxRecordAge", Cdk.duration(age));
                }
                if (p.isSet("parallelizationFactor")) {
                    es.number("parallelizationFactor", p.integer("parallelizationFactor", 1));
                }
                if (p.integer("tumblingWindow", 0) > 0) {
                    es.set("tumblingWindow", Cdk.duration(p.integer("tumblingWindow", 0)));
                }
                ctx.statement("$N.addEventSource($L)", ctx.var(fn), es.build());
                key.put("StartingPosition", p.string("startingPosition", "LATEST"));
            }
            case "aws.mq.broker" -> {
                MqConstructWriter.eventSource(conn, source, fn, ctx);
                return true;
            }
            default -> {
                return false;
            }
        }
        ctx.expectConnection(conn, "AWS::Lambda::EventSourceMapping", key);
        return true;
    }

    private static void common(Call es, Props p) {
        if (p.integer("maxBatchingWindow", 0) > 0) {
            es.set("maxBatchingWindow", Cdk.duration(p.integer("maxBatchingWindow", 0)));
        }
        if (p.bool("reportBatchItemFailures", false)) {
            es.bool("reportBatchItemFailures", true);
        }
        Object filter = p.value("filterPattern");
        if (filter instanceof Map<?, ?> m && !m.isEmpty()) {
            es.set("filters", "$T.of($T.filter($L))", List.class, FILTER_CRITERIA, Literals.map(m));
        }
    }
}
