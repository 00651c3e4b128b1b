package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import java.util.List;
import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.CommonFixes;
import org.patternboard.model.rules.Invocations;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/**
 * REL-005: a function reading a Kinesis or DynamoDB stream has no on-failure destination. Only stream sources:
 * SQS sources use the queue's redrive policy instead (REL-001).
 */
public final class StreamConsumerWithoutFailureDestination extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-005", Pillar.RELIABILITY, Severity.ERROR)
            .title("Stream consumer without on-failure destination")
            .rationale("A record a stream consumer cannot process blocks its shard: by default Lambda retries the batch"
                    + " until the record expires, holding back every record behind it, and then drops it. An on-failure"
                    + " destination with bounded retries moves the poison record aside and keeps the shard flowing.")
            .remedy("Add an on-failure destination (SQS queue or SNS topic) and bound the retries"
                    + " (maximumRetryAttempts, bisectBatchOnError) on the stream trigger.")
            .references("REL 2", "serverless-rules:ES1001", "cdk-nag:Serverless-LambdaEventSourceMappingDestination")
            .quickFix()
            .build();

    public StreamConsumerWithoutFailureDestination() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        List<Connection> streams = Invocations.streams(ctx, fn.id());
        if (streams.isEmpty()) {
            return;
        }
        for (Connection c : ctx.outgoing(fn.id(), ConnectionKind.FAILS_TO, QUEUE, TOPIC)) {
            if (ctx.setting(c, "mechanism").is("DESTINATION")) {
                return;
            }
        }
        Connection first = streams.get(0);
        String[] targets = streams.stream().flatMap(c -> java.util.stream.Stream.of(c.from(), c.id())).toArray(String[]::new);
        out.report("a record from " + String.join(", ", streams.stream().map(c -> ctx.name(c.from())).toList())
                        + " that keeps failing blocks its shard (" + ctx.setting(first, "maximumRetryAttempts").describe()
                        + ") and is then dropped, because the function has no on-failure destination",
                ctx.fix("Add an on-failure destination to " + fn.name(), b -> {
                    CommonFixes.addDeadLetterQueue(b, fn.id(), Map.of());
                    for (Connection s : streams) {
                        if (b.current().connection(s.id()).map(x -> x.property("maximumRetryAttempts")).orElse(null) == null) {
                            b.setOnConnection(s.id(), "maximumRetryAttempts", 3L);
                        }
                        b.setOnConnection(s.id(), "bisectBatchOnError", true);
                    }
                }), targets);
    }
}
