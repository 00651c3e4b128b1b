package org.patternboard.model.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.io.DesignFiles;

/** The shipped library: complete, loadable from the class path, canonical, and every block fit for use. */
class PatternLibraryTest {
    static final List<String> CDK_PATTERNS = List.of("The Alexa Skill", "AWS S3 Angular Website Deploy",
            "AWS S3 React Website Deploy", "The Basic MQ", "The Big Fan", "The CloudWatch Dashboard",
            "The Destined Lambda", "The Dynamo Streamer", "The EFS Lambda", "The EventBridge ATM",
            "The EventBridge Circuit Breaker", "The EventBridge ETL", "The Lambda Circuit Breaker",
            "The Lambda Power Tuner", "The Lambda Trilogy", "The Media Live Stream", "Polly", "The Predictive Lambda",
            "The RDS Proxy", "The Saga Step Function", "The Scalable Webhook", "The Scheduled Lambda",
            "The Simple GraphQL Service", "The Simple Webservice", "The State Machine", "The WAF API Gateway",
            "The X-Ray Tracer");
    static final List<String> SERVERLESS_PATTERNS = List.of("Function as a Web Service", "Gateway Authorizer",
            "Gateway Proxy", "Gateway Validation", "Gateway Cache", "Queue-Based Event Distribution",
            "Queue-Based Load Leveling", "Asynchronous Request Reply", "Idempotent Proxy");
    static final List<String> CLOUD_PATTERNS = List.of("Saga Orchestration", "Transactional Outbox",
            "Storage-First API", "Scatter-Gather", "Priority Queue", "Circuit Breaker", "CQRS", "Event Sourcing",
            "Webhook Receiver", "Webhook Sender", "Retry with Backoff and DLQ Replay", "Rate Limiting", "Scheduled Tasks",
            "Sequence Generator", "Fan-Out", "Strangler Fig", "Event Aggregation", "Event Fork Pipelines");

    static Stream<Named<PatternBlock>> blocks() {
        return Blocks.all().stream().map(b -> Named.of(b.id(), b));
    }

    @Test
    void everyBlockNamesItsOrigin() {
        // Issue 16: a reader must be able to open the original a block claims to reproduce. CDK Patterns blocks
        // name the stack at the commit their fidelity tables were read from; catalogs of descriptions name a page.
        List<String> bad = new ArrayList<>();
        for (PatternBlock b : PatternLibrary.standard().blocks()) {
            BlockMetadata.Origin o = b.metadata().origin();
            if (o == null) {
                bad.add(b.id() + ": no origin");
            } else if (b.metadata().source().equals("cdkpatterns.com")) {
                if (o.isPage() || !o.repository().equals("cdk-patterns/serverless")
                        || !o.commit().equals("08e31630e738f1b463c640cad1de6ca73d85f1c2")
                        || !o.path().startsWith(b.id().replace("the-x-ray-tracer", "the-xray-tracer")
                                .replace("the-saga-step-function", "the-saga-stepfunction")
                                .replace("the-waf-api-gateway", "the-waf-apigateway")
                                .replace("aws-s3-", "s3-").replace("-deploy", "") + "/")) {
                    bad.add(b.id() + ": a CDK Patterns block names its stack in cdk-patterns/serverless at the pinned commit, not " + o);
                }
            } else if (!o.isPage()) {
                bad.add(b.id() + ": a block from " + b.metadata().source() + " names the page that describes it, not " + o);
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void holdsEveryListedPatternAndNothingUnlisted() {
        List<String> names = Blocks.all().stream().map(PatternBlock::name).toList();
        assertThat(CDK_PATTERNS).hasSize(27);
        assertThat(SERVERLESS_PATTERNS).hasSize(9);
        assertThat(CLOUD_PATTERNS).hasSizeGreaterThanOrEqualTo(15);
        List<String> expected = new ArrayList<>(CDK_PATTERNS);
        expected.addAll(SERVERLESS_PATTERNS);
        expected.addAll(CLOUD_PATTERNS);
        assertThat(names).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Blocks.all()).filteredOn(b -> b.metadata().source().equals("cdkpatterns.com")).hasSize(27);
        assertThat(Blocks.all()).filteredOn(b -> b.metadata().source().equals("serverlesspatterns.io")).hasSize(9);
        assertThat(Blocks.all()).filteredOn(b -> b.metadata().source().equals("AWS cloud design patterns catalog"))
                .hasSize(CLOUD_PATTERNS.size());
    }

    @Test
    void indexListsExactlyTheBlockFilesSorted() throws Exception {
        List<String> index = List.of(new ObjectMapper().readValue(
                Blocks.SOURCE_DIR.resolve(PatternLibrary.INDEX).toFile(), String[].class));
        List<String> files;
        try (Stream<Path> list = Files.list(Blocks.SOURCE_DIR)) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(DesignFiles.EXTENSION)).sorted().toList();
        }
        assertThat(index).isSorted().containsExactlyElementsOf(files);
        assertThat(Blocks.all()).extracting(b -> PatternLibrary.fileName(b.id())).containsExactlyElementsOf(index);
    }

    @Test
    void classPathAndSourceTreeHoldTheSameBlocks() {
        PatternLibrary fromSources = Blocks.fromSources();
        assertThat(fromSources.size()).isEqualTo(Blocks.library().size());
        for (PatternBlock b : Blocks.all()) {
            assertThat(fromSources.block(b.id()).orElseThrow()).isEqualTo(b);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void everyBlockIsFitForTheLibrary(PatternBlock block) {
        assertThat(new BlockChecker(Catalog.standard()).problems(block)).as(block.id()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void everyBlockFileIsCanonical(PatternBlock block) throws Exception {
        Path file = Blocks.SOURCE_DIR.resolve(PatternLibrary.fileName(block.id()));
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(DesignFiles.toCanonicalJson(DesignFiles.load(file))).as(file + " (run ./patternboard format)")
                .isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void everyFunctionIsCurrentArmAndObservable(PatternBlock block) {
        for (Component c : block.design().components()) {
            if (!c.type().equals("aws.lambda.function")) {
                continue;
            }
            assertThat(c.property("architecture")).as(c.id()).isEqualTo("arm64");
            assertThat(c.property("tracing")).as(c.id()).isEqualTo("Active");
            assertThat(c.property("logRetentionDays")).as(c.id()).isNotNull();
            assertThat(c.property("memorySize")).as(c.id()).isNotNull();
            assertThat(c.property("timeout")).as(c.id()).isNotNull();
            if (!"Image".equals(c.property("packageType"))) {
                assertThat(c.property("runtime")).as(c.id()).isIn("nodejs24.x", "python3.13");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void everyApiRouteSaysWhichPathAndMethod(PatternBlock block) {
        Architecture a = block.design();
        for (Connection c : a.connections()) {
            String from = a.componentOrNull(c.from()).type();
            if ((from.equals("aws.apigateway.restApi") || from.equals("aws.apigatewayv2.httpApi"))
                    && (c.kind() == ConnectionKind.INTEGRATES || c.kind() == ConnectionKind.READS)) {
                assertThat(c.property("path")).as(block.id() + " " + c.id()).isNotNull();
                assertThat(c.property("method")).as(block.id() + " " + c.id()).isNotNull();
            }
            if (from.equals("aws.appsync.graphqlApi")) {
                assertThat(c.property("fieldName")).as(block.id() + " " + c.id()).isNotNull();
            }
        }
        for (Component c : a.components()) {
            if (c.type().equals("aws.events.rule")) {
                assertThat(c.property("eventPattern") != null || c.property("schedule") != null).as(c.id()).isTrue();
            }
        }
    }

    /**
     * Issue 16: the retries and catches drawn on a block's orchestrations are the ones its embedded definition
     * deploys (The Saga Step Function, The State Machine, The Lambda Power Tuner), so REL-045 finds nothing.
     */
    @Test
    void orchestrationSettingsAgreeWithEveryEmbeddedDefinition() {
        org.patternboard.model.rules.RuleEngine rules = org.patternboard.model.rules.RuleEngine.standard();
        List<String> disagreements = new ArrayList<>();
        int definitions = 0;
        for (PatternBlock b : Blocks.all()) {
            Architecture a = b.design();
            definitions += (int) a.components().stream().filter(c -> c.property("definition") instanceof Map<?, ?>).count();
            rules.check(a).unsuppressed().stream().filter(f -> f.ruleId().equals("REL-045"))
                    .forEach(f -> disagreements.add(b.id() + ": " + f.message()));
        }
        assertThat(definitions).as("blocks with an embedded definition").isGreaterThanOrEqualTo(3);
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theBigFanFiltersByStatus() {
        Architecture a = Blocks.library().block("the-big-fan").orElseThrow().design();
        List<Connection> subscriptions = a.connections().stream().filter(c -> c.kind() == ConnectionKind.SUBSCRIBES).toList();
        assertThat(subscriptions).extracting(c -> c.property("filterPolicy")).containsExactlyInAnyOrder(
                Map.of("status", List.of("created")), Map.of("status", List.of(Map.of("anything-but", List.of("created")))));
        assertThat(a.connections()).anyMatch(c -> c.kind() == ConnectionKind.INTEGRATES
                && a.componentOrNull(c.to()).type().equals("aws.sns.topic"));
        assertThat(a.components()).filteredOn(c -> c.type().equals("aws.lambda.function")).hasSize(2);
    }

    @Test
    void theDestinedLambdaUsesBothDestinations() {
        Architecture a = Blocks.library().block("the-destined-lambda").orElseThrow().design();
        Component fn = a.component("fn").orElseThrow();
        assertThat(a.outgoing(fn.id())).extracting(Connection::kind)
                .contains(ConnectionKind.SUCCEEDS_TO, ConnectionKind.FAILS_TO);
        assertThat(a.outgoing(fn.id())).filteredOn(c -> c.kind() == ConnectionKind.SUCCEEDS_TO)
                .allMatch(c -> a.componentOrNull(c.to()).type().equals("aws.events.eventBus"));
    }

    @Test
    void theSagaCompensatesInReverseOrder() {
        Architecture a = Blocks.library().block("the-saga-step-function").orElseThrow().design();
        @SuppressWarnings("unchecked")
        Map<String, Object> states = (Map<String, Object>) ((Map<String, Object>) a.component("sm").orElseThrow()
                .property("definition")).get("States");
        assertThat(next(states, "RefundPayment")).isEqualTo("CancelFlight");
        assertThat(next(states, "CancelFlight")).isEqualTo("CancelHotel");
        assertThat(next(states, "CancelHotel")).isEqualTo("BookingFailed");
        assertThat(a.outgoing("sm")).filteredOn(c -> c.kind() == ConnectionKind.ORCHESTRATES).hasSize(8);
    }

    @SuppressWarnings("unchecked")
    private static Object next(Map<String, Object> states, String state) {
        return ((Map<String, Object>) states.get(state)).get("Next");
    }

    @Test
    void lookupByIdAndUnknownIds() {
        assertThat(Blocks.library().block("the-big-fan")).isPresent();
        assertThat(Blocks.library().block("no-such-block")).isEmpty();
        assertThat(PatternLibrary.standard()).isSameAs(PatternLibrary.standard());
    }

    @Test
    void aBrokenIndexOrBlockNamesTheFile(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(PatternLibrary.INDEX), "{}");
        assertThatThrownBy(() -> PatternLibrary.fromDirectory(dir)).isInstanceOf(BlockFormatException.class)
                .hasMessageContaining("index.json");
        Files.writeString(dir.resolve(PatternLibrary.INDEX), "[\"x.pboard.json\"]");
        Files.writeString(dir.resolve("x.pboard.json"), "{\"format\": \"patternboard\", \"schemaVersion\": 1}");
        assertThatThrownBy(() -> PatternLibrary.fromDirectory(dir)).isInstanceOf(BlockFormatException.class)
                .hasMessageContaining("x.pboard.json").hasMessageContaining("\"block\"");
        Files.writeString(dir.resolve("x.pboard.json"), "{\"format\": \"patternboard\", ");
        assertThatThrownBy(() -> PatternLibrary.fromDirectory(dir)).isInstanceOf(BlockFormatException.class)
                .hasMessageContaining("x.pboard.json:1:");
    }

    @Test
    void twoBlocksWithOneIdAreRefused() {
        assertThatThrownBy(() -> PatternLibrary.of(List.of(Blocks.tiny(), Blocks.tiny())))
                .isInstanceOf(BlockFormatException.class).hasMessageContaining("tiny-fan");
    }
}
