package org.patternboard.model.patterns.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.patterns.BlockInsertion;
import org.patternboard.model.patterns.PatternBlock;
import org.patternboard.model.patterns.PatternLibrary;

class PatternRecognizerTest {
    /**
     * Blocks whose designs are the same shape with the same settings as an earlier block in the library; their
     * designs are recognised as that block. (React and Angular differ only in the site's build, not in AWS.)
     */
    static final Map<String, String> INDISTINGUISHABLE = Map.of(
            "aws-s3-react-website-deploy", "aws-s3-angular-website-deploy");

    private final PatternRecognizer recognizer = new PatternRecognizer(PatternLibrary.standard());

    static Stream<PatternBlock> blocks() {
        return PatternLibrary.standard().blocks().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void everyBlockIsRecognisedInItsOwnDesignWithEveryIdRenamedAndEveryComponentMoved(PatternBlock block) {
        Architecture design = Designs.scrambled(Designs.plain(block), block.id().hashCode());

        List<PatternMatch> matches = recognizer.recognize(design);

        String expected = INDISTINGUISHABLE.getOrDefault(block.id(), block.id());
        assertThat(matches).as("%s", matches).hasSize(1);
        PatternMatch m = matches.get(0);
        assertThat(m.blockId()).isEqualTo(expected);
        assertThat(m.label()).isEqualTo(PatternLibrary.standard().block(expected).orElseThrow().name());
        assertThat(m.missing()).isEmpty();
        assertThat(m.completeness()).isEqualTo(1.0);
        assertThat(m.components()).containsExactlyInAnyOrderElementsOf(
                design.components().stream().map(Component::id).toList());
        PatternBlock matched = PatternLibrary.standard().block(expected).orElseThrow();
        m.roles().forEach((role, component) -> assertThat(design.componentOrNull(component).type())
                .as(role).isEqualTo(matched.design().componentOrNull(role).type()));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"the-big-fan", "the-scalable-webhook", "the-destined-lambda", "the-eventbridge-etl",
            "the-eventbridge-atm", "the-saga-step-function", "the-rds-proxy", "cqrs", "fan-out",
            "transactional-outbox", "webhook-receiver", "gateway-cache", "gateway-validation", "rate-limiting"})
    void namedBlocksSurviveRenamingEveryLogicalIdWhateverTheSeed(String id) {
        PatternBlock block = Designs.block(id);
        for (long seed = 1; seed <= 3; seed++) {
            List<PatternMatch> matches = recognizer.recognize(Designs.scrambled(Designs.plain(block), seed));
            assertThat(matches).extracting(PatternMatch::label).containsExactly(block.name());
        }
    }

    @Test
    void theBigFanWithoutItsDeadLetterQueuesIsAPartialMatchThatSaysSo() {
        Architecture design = withoutRoles("the-big-fan", "dlq-created", "dlq-other", "topic-dlq");

        List<PatternMatch> matches = recognizer.recognize(Designs.scrambled(design, 11));

        assertThat(matches).hasSize(1);
        PatternMatch m = matches.get(0);
        assertThat(m.blockId()).isEqualTo("the-big-fan");
        assertThat(m.label()).isEqualTo("The Big Fan without dead-letter queues");
        assertThat(m.missing()).containsExactly("dlq-created", "dlq-other", "topic-dlq");
        assertThat(m.completeness()).isLessThan(1.0).isGreaterThanOrEqualTo(0.5);
        assertThat(m.roles()).containsOnlyKeys("api", "client", "fn-created", "fn-other", "queue-created",
                "queue-other", "topic");
    }

    @Test
    void oneMissingPartOfSeveralIsCountedAndASingleOneIsNamed() {
        assertThat(recognizer.recognize(withoutRoles("the-big-fan", "dlq-other")))
                .extracting(PatternMatch::label).containsExactly("The Big Fan without 1 of 3 dead-letter queues");
        assertThat(recognizer.recognize(withoutRoles("the-scalable-webhook", "dlq")))
                .extracting(PatternMatch::label).containsExactly("The Scalable Webhook without the dead-letter queue");
        assertThat(recognizer.recognize(withoutRoles("the-cloudwatch-dashboard", "alarm-fn")))
                .extracting(PatternMatch::label).containsExactly("The CloudWatch Dashboard without 1 of 3 alarms");
        assertThat(recognizer.recognize(withoutRoles("retry-with-backoff-and-dlq-replay", "alerts")))
                .extracting(PatternMatch::label).containsExactly("Retry with Backoff and DLQ Replay without the topic");
    }

    @Test
    void coreFromTheBlockMetadataIsRequired() {
        // The alarm on the dead-letter queue is the point of the block (its "recognition" metadata says so),
        // so a queue with a worker and a DLQ is not this pattern.
        assertThat(recognizer.recognize(withoutRoles("retry-with-backoff-and-dlq-replay", "alarm", "alerts")))
                .isEmpty();
    }

    @Test
    void tinyFragmentsAreNeverPatterns() {
        Architecture one = Architecture.empty("one").withComponent(Component.of("q", "aws.sqs.queue", "Q", 0, 0));
        Architecture consumer = one.withComponent(Component.of("fn", "aws.lambda.function", "Fn", 200, 0))
                .withComponent(Component.of("dlq", "aws.sqs.queue", "Dlq", 0, 200))
                .withConnection(Connection.of("c1", "q", "fn", ConnectionKind.TRIGGERS))
                .withConnection(Connection.of("c2", "q", "dlq", ConnectionKind.FAILS_TO));
        assertThat(recognizer.recognize(one)).isEmpty();
        assertThat(recognizer.recognize(consumer)).isEmpty();
    }

    @Test
    void unrelatedComponentsGiveNoFrames() {
        Architecture a = Architecture.empty("unrelated");
        String[] types = {"aws.s3.bucket", "aws.kinesis.stream", "aws.kms.key", "aws.logs.logGroup",
                "aws.ecs.cluster", "aws.route53.hostedZone", "aws.elasticache.replicationGroup", "aws.lambda.layer"};
        for (int i = 0; i < 40; i++) {
            a = a.withComponent(Component.of("x" + i, types[i % types.length], "X" + i, i * 10, 0));
        }
        for (int i = 0; i + 1 < 40; i++) {
            a = a.withConnection(Connection.of("l" + i, "x" + i, "x" + (i + 1), ConnectionKind.REFERENCES));
        }
        // Functions that only use keys and write logs are no block either.
        for (int i = 0; i < 10; i++) {
            a = a.withComponent(Component.of("fn" + i, "aws.lambda.function", "Fn" + i, i * 10, 500))
                    .withConnection(Connection.of("u" + i, "fn" + i, "x2", ConnectionKind.USES))
                    .withConnection(Connection.of("w" + i, "fn" + i, "x3", ConnectionKind.WRITES));
        }
        assertThat(recognizer.recognize(a)).isEmpty();
    }

    @Test
    void twoBlocksSideBySideGiveTwoMatchesThatShareNothing() {
        Architecture a = Designs.insert(Architecture.empty("two"), Designs.block("the-big-fan"), 0, 0);
        a = Designs.insert(a, Designs.block("the-scalable-webhook"), 0, 2000);
        a = Designs.insert(a, Designs.block("the-big-fan"), 3000, 0);
        Architecture design = Designs.scrambled(Designs.unframed(a), 5);

        List<PatternMatch> matches = recognizer.recognize(design);

        assertThat(matches).extracting(PatternMatch::blockId)
                .containsExactlyInAnyOrder("the-big-fan", "the-big-fan", "the-scalable-webhook");
        assertThat(matches).allMatch(PatternMatch::complete);
        Set<String> all = matches.stream().flatMap(m -> m.components().stream()).collect(Collectors.toSet());
        assertThat(all).hasSize(design.size());

        Architecture framed = recognizer.frame(design, matches).apply(design);
        assertThat(framed.groups()).hasSize(3);
    }

    @Test
    void connectionKindsAsATemplateGivesThemAndPlainReferencesStillMatch() {
        Architecture a = Designs.plain(Designs.block("the-scheduled-lambda"));
        List<Connection> connections = new ArrayList<>(a.connections());
        for (Connection c : connections) {
            // A template shows a schedule rule's target as a route and an IAM write as read-write.
            if (c.kind() == ConnectionKind.TRIGGERS) {
                a = a.withConnection(c.withKind(ConnectionKind.ROUTES));
            } else if (c.kind() == ConnectionKind.WRITES) {
                a = a.withConnection(c.withKind(ConnectionKind.READ_WRITES));
            } else if (c.kind() == ConnectionKind.FAILS_TO && a.componentOrNull(c.from()).type().equals("aws.lambda.function")) {
                a = a.withConnection(c.withKind(ConnectionKind.PUBLISHES));
            }
        }
        String fn = a.components().stream().filter(c -> c.type().equals("aws.lambda.function")).findFirst().orElseThrow().id();
        a = a.withComponent(Component.of("FnLogs", "aws.logs.logGroup", "FnLogs", 0, 0))
                .withConnection(Connection.of("to-logs", fn, "FnLogs", ConnectionKind.WRITES))
                .withConnection(Connection.of("ref", "FnLogs", fn, ConnectionKind.REFERENCES));

        List<PatternMatch> matches = recognizer.recognize(Designs.scrambled(a, 3));

        assertThat(matches).extracting(PatternMatch::label).containsExactly("The Scheduled Lambda");
        assertThat(matches.get(0).components()).hasSize(4);
    }

    @Test
    void aStepFunctionsTaskSeenOnlyAsAReferenceStillCountsAndAnIntegrationThroughAHelperToo() {
        Architecture a = Designs.plain(Designs.block("the-state-machine"));
        for (Connection c : List.copyOf(a.connections())) {
            if (c.kind() == ConnectionKind.ORCHESTRATES) {
                a = a.withConnection(c.withKind(ConnectionKind.REFERENCES));
            }
            if (c.kind() == ConnectionKind.INTEGRATES) {
                // The API reaches the state machine through an IAM role the importer kept as a generic resource.
                a = a.withoutConnection(c.id())
                        .withComponent(Component.of("Role", "aws.cloudformation.resource", "Role", 0, 0))
                        .withConnection(Connection.of("r1", c.from(), "Role", ConnectionKind.REFERENCES))
                        .withConnection(Connection.of("r2", "Role", c.to(), ConnectionKind.INVOKES));
            }
        }
        assertThat(recognizer.recognize(Designs.scrambled(a, 9))).extracting(PatternMatch::blockId)
                .containsExactly("the-state-machine");
    }

    @Test
    void componentsAlreadyInsideAPatternFrameAreNotRecognisedAgain() {
        Architecture a = Designs.insert(Architecture.empty("framed"), Designs.block("the-big-fan"), 0, 0);
        assertThat(recognizer.recognize(a)).isEmpty();

        Architecture both = Designs.insert(a, Designs.block("the-big-fan"), 0, 1000);
        Architecture mixed = both.withoutGroup("frame-2");
        for (Component c : both.components()) {
            if ("frame-2".equals(c.parent())) {
                mixed = mixed.withComponent(c.withParent(null));
            }
        }
        // The first block keeps its frame, the second lost it: only the second is found.
        Architecture design = mixed;
        List<PatternMatch> matches = recognizer.recognize(design);
        assertThat(matches).hasSize(1);
        assertThat(matches.get(0).components()).hasSize(10)
                .allMatch(id -> design.componentOrNull(id).parent() == null);
    }

    @Test
    void recognitionIsDeterministic() {
        Architecture a = Designs.insert(Architecture.empty("d"), Designs.block("queue-based-event-distribution"), 0, 0);
        a = Designs.insert(a, Designs.block("fan-out"), 0, 1500);
        a = Designs.insert(a, Designs.block("the-saga-step-function"), 2000, 0);
        Architecture design = Designs.scrambled(Designs.unframed(a), 21);

        List<PatternMatch> first = recognizer.recognize(design);
        List<PatternMatch> again = new PatternRecognizer(PatternLibrary.standard()).recognize(
                Designs.scrambled(Designs.unframed(a), 21));

        assertThat(first).hasSize(3).isEqualTo(again);
        assertThat(recognizer.frame(design, first).apply(design))
                .isEqualTo(recognizer.frame(design, again).apply(design));
    }

    private static Architecture withoutRoles(String blockId, String... roles) {
        PatternBlock block = Designs.block(blockId);
        Architecture empty = Architecture.empty(block.name());
        BlockInsertion.Inserted inserted = new BlockInsertion().prepare(empty, block, 0, 0, Map.of());
        Architecture a = Designs.unframed(inserted.edit().apply(empty));
        for (String role : roles) {
            String id = inserted.ids().get(role);
            for (Connection c : a.connectionsOf(id)) {
                a = a.withoutConnection(c.id());
            }
            a = a.withoutComponent(id);
        }
        return a;
    }
}
