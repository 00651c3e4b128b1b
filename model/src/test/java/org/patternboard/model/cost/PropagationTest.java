package org.patternboard.model.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.patternboard.model.cost.CostFixtures.*;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.cost.estimate.CostEstimate;
import org.patternboard.model.cost.estimate.Estimator;
import org.patternboard.model.cost.propagation.Flow;
import org.patternboard.model.cost.usage.UsageEdits;
import org.patternboard.model.design.Architecture;

/** Traffic through The Big Fan and through small designs with loops, failure shares and batching. */
class PropagationTest {
    final Estimator estimator = Estimator.standard();
    final UsageEdits edits = UsageEdits.standard();

    /** The Big Fan at 1M API requests a month, with the filter shares the user set: 30 % created, 70 % other. */
    @Test
    void theBigFanAtOneMillionRequests() throws Exception {
        Architecture a = bigFan();
        a = edits.setEntryRate(a, "orders-api", 1_000_000.0).apply(a);
        a = edits.setConnectionUsage(a, "c-topic-created", "share", 0.3).apply(a);
        a = edits.setConnectionUsage(a, "c-topic-other", "share", 0.7).apply(a);
        CostEstimate e = estimator.estimate(a);

        assertThat(requests(e, "orders-api")).isEqualTo(1_000_000);
        assertThat(requests(e, "order-events")).isEqualTo(1_000_000);       // one publish per request
        assertThat(requests(e, "created-queue")).isCloseTo(300_000, within(1e-6));
        assertThat(requests(e, "other-queue")).isCloseTo(700_000, within(1e-6));
        assertThat(requests(e, "created-fn")).isCloseTo(30_000, within(1e-6)); // batches of 10
        assertThat(requests(e, "other-fn")).isCloseTo(70_000, within(1e-6));
        assertThat(requests(e, "created-dlq")).isCloseTo(3_000, within(1e-6)); // 1 % fail to the DLQ
        assertThat(requests(e, "other-dlq")).isCloseTo(7_000, within(1e-6));
        // SQS bills send, receive and delete: 3 requests per message
        assertThat(e.component("created-queue").drivers().get("sqsRequests")).isEqualTo(900_000.0);
        assertThat(e.component("orders-api").traffic().entrySource()).isEqualTo(Flow.EntrySource.SET);
        assertThat(e.traffic("c-topic-created")).isCloseTo(300_000, within(1e-6));
        assertThat(e.traffic("c-created-fn")).isCloseTo(30_000, within(1e-6));
    }

    /** Without shares set, the two filtered subscriptions split the topic's traffic equally, and the API gets the default rate. */
    @Test
    void filteredSubscriptionsSplitByDefaultAndTheDefaultRateIsStated() throws Exception {
        CostEstimate e = estimator.estimate(bigFan());
        assertThat(requests(e, "orders-api")).isEqualTo(1_000_000);
        assertThat(e.component("orders-api").traffic().entrySource()).isEqualTo(Flow.EntrySource.DEFAULT);
        assertThat(requests(e, "created-queue")).isEqualTo(500_000);
        assertThat(requests(e, "other-queue")).isEqualTo(500_000);
        assertThat(e.assumptions()).anyMatch(s -> s.startsWith("orders-api: no rate set")
                && s.contains("1,000,000 requests a month"));
    }

    /** An unfiltered fan-out multiplies: each of three subscribers gets every message. */
    @Test
    void fanOutMultipliesBySubscribers() {
        Architecture a = design(
                List.of(comp("api", "aws.apigatewayv2.httpApi", Map.of(), Map.of("requestsPerMonth", 1_000_000)),
                        comp("fn", "aws.lambda.function", Map.of()), comp("topic", "aws.sns.topic", Map.of()),
                        comp("q1", "aws.sqs.queue", Map.of()), comp("q2", "aws.sqs.queue", Map.of()),
                        comp("q3", "aws.sqs.queue", Map.of())),
                List.of(conn("c1", "api", ConnectionKind.INTEGRATES, "fn"), conn("c2", "fn", ConnectionKind.PUBLISHES, "topic"),
                        conn("c3", "topic", ConnectionKind.SUBSCRIBES, "q1"), conn("c4", "topic", ConnectionKind.SUBSCRIBES, "q2"),
                        conn("c5", "topic", ConnectionKind.SUBSCRIBES, "q3")));
        CostEstimate e = estimator.estimate(a);
        double queued = requests(e, "q1") + requests(e, "q2") + requests(e, "q3");
        assertThat(queued).isEqualTo(3_000_000); // The Big Fan of the issue: 1M requests, 3M SQS messages
        assertThat(requests(e, "fn")).isEqualTo(1_000_000);
    }

    /** A loop (a function invoking itself through another) terminates: traffic goes round once, and it is said. */
    @Test
    void loopsTerminateAndAreCutAtTheEdgeBackToTheSmallerId() {
        Architecture a = design(
                List.of(comp("a", "aws.lambda.function", Map.of(), Map.of("requestsPerMonth", 1000)),
                        comp("b", "aws.lambda.function", Map.of()), comp("c", "aws.lambda.function", Map.of())),
                List.of(conn("ab", "a", ConnectionKind.INVOKES, "b"), conn("bc", "b", ConnectionKind.INVOKES, "c"),
                        conn("ca", "c", ConnectionKind.INVOKES, "a"), conn("cc", "c", ConnectionKind.INVOKES, "c")));
        CostEstimate e = estimator.estimate(a);
        assertThat(requests(e, "a")).isEqualTo(1000);
        assertThat(requests(e, "b")).isEqualTo(1000);
        assertThat(requests(e, "c")).isEqualTo(1000);
        assertThat(e.traffic("ca")).isEqualTo(1000); // what it would carry is shown, but not fed round again
        assertThat(e.assumptions()).anyMatch(s -> s.startsWith("ca (c invokes a) closes a loop"))
                .anyMatch(s -> s.startsWith("cc (c invokes c) closes a loop"));
    }

    /** Reads and writes are split by the read/write share, and a table's stream carries only its writes. */
    @Test
    void readWriteShareAndStreamsCarryWrites() {
        Architecture a = design(
                List.of(comp("fn", "aws.lambda.function", Map.of(), Map.of("requestsPerMonth", 1_000_000)),
                        comp("table", "aws.dynamodb.table", Map.of("stream", "NEW_IMAGE")),
                        comp("projector", "aws.lambda.function", Map.of())),
                List.of(new org.patternboard.model.design.Connection("rw", "fn", "table", ConnectionKind.READ_WRITES,
                                Map.of(), Map.of("usage", Map.of("readShare", 0.8))),
                        new org.patternboard.model.design.Connection("st", "table", "projector", ConnectionKind.TRIGGERS,
                                Map.of("batchSize", 100), Map.of())));
        CostEstimate e = estimator.estimate(a);
        Flow t = e.component("table").traffic();
        assertThat(t.reads()).isCloseTo(800_000, within(1e-6));
        assertThat(t.writes()).isCloseTo(200_000, within(1e-6));
        assertThat(requests(e, "projector")).isCloseTo(2_000, within(1e-6)); // 200k writes in batches of 100
    }

    /** A schedule is an entry point: rate(5 minutes) fires 8,760 times in 730 hours; --scale multiplies it too. */
    @Test
    void schedulesAreEntryPointsAndScaleMultipliesEveryRate() {
        Architecture a = design(
                List.of(comp("s", "aws.scheduler.schedule", Map.of("scheduleExpression", "rate(5 minutes)")),
                        comp("fn", "aws.lambda.function", Map.of())),
                List.of(conn("t", "s", ConnectionKind.TRIGGERS, "fn")));
        assertThat(requests(estimator.estimate(a), "fn")).isEqualTo(8_760);
        assertThat(requests(estimator.estimate(a, org.patternboard.model.cost.estimate.EstimateOptions.standard()
                .withScale(10)), "fn")).isEqualTo(87_600);
    }

    static double requests(CostEstimate e, String id) {
        return e.component(id).traffic().requests();
    }
}
