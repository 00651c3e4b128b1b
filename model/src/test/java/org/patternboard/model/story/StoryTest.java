package org.patternboard.model.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.edit.EditHistory;
import org.patternboard.model.edit.SetStory;
import org.patternboard.model.io.DesignFormatException;
import org.patternboard.model.io.DesignReader;
import org.patternboard.model.io.DesignWriter;

class StoryTest {
    static final String BIG_FAN = "patternboard/samples/the-big-fan.pboard.json";
    final StoryGenerator generator = StoryGenerator.standard();

    static String resource(String path) throws Exception {
        try (InputStream in = StoryTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Architecture bigFan() throws Exception {
        return new DesignReader().read(resource(BIG_FAN), BIG_FAN);
    }

    static Connection conn(String id, String from, ConnectionKind kind, String to) {
        return new Connection(id, from, to, kind, Map.of(), Map.of());
    }

    static Architecture design(List<Component> components, List<Connection> connections) {
        return Architecture.of("T", "", components, connections, List.of(), List.of(), List.of(), Map.of());
    }

    @Test
    void theBigFanGetsAnOverviewItsFrameAndTheApiFlow() throws Exception {
        Story story = generator.generate(bigFan());
        assertThat(story.slides()).extracting(Slide::id).containsExactly("overview", "frame-fan", "flow-orders-api");
        assertThat(story.slides()).extracting(Slide::kind)
                .containsExactly(SlideKind.OVERVIEW, SlideKind.FRAME, SlideKind.FLOW);
        assertThat(story.slides().get(1).target()).isEqualTo("fan");
        assertThat(story.slides().get(2).target()).isEqualTo("orders-api");
        assertThat(story.slides()).allSatisfy(s -> assertThat(s.camera()).isNull());
    }

    @Test
    void theBigFanFlowIsBreadthFirstInConnectionOrderWithFailurePathsLast() throws Exception {
        FlowWalk walk = FlowWalk.of(bigFan(), "orders-api");
        assertThat(walk.steps()).extracting(FlowWalk.Step::connection).containsExactly(
                "c-api-topic", "c-topic-created", "c-topic-other", "c-created-fn", "c-other-fn",
                "c-created-dlq", "c-other-dlq");
        assertThat(walk.steps()).extracting(FlowWalk.Step::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(walk.steps()).extracting(FlowWalk.Step::failure)
                .containsExactly(false, false, false, false, false, true, true);
    }

    @Test
    void aClientInFrontOfAnApiIsOneFlowAndCyclesEnd() {
        Architecture a = design(List.of(Component.of("client", "external.client", "Browser", 0, 0),
                Component.of("api", "aws.apigatewayv2.httpApi", "Api", 200, 0),
                Component.of("fn", "aws.lambda.function", "Fn", 400, 0),
                Component.of("fn2", "aws.lambda.function", "Fn2", 600, 0),
                Component.of("alarm", "aws.cloudwatch.alarm", "Alarm", 200, 200)),
                List.of(conn("a1", "client", ConnectionKind.INVOKES, "api"),
                        conn("a2", "api", ConnectionKind.INTEGRATES, "fn"),
                        conn("a3", "fn", ConnectionKind.INVOKES, "fn2"),
                        conn("a4", "fn2", ConnectionKind.INVOKES, "fn"),
                        conn("m1", "alarm", ConnectionKind.MONITORS, "api")));
        Story story = generator.generate(a);
        assertThat(story.slides()).extracting(Slide::id).containsExactly("overview", "flow-client");
        FlowWalk walk = FlowWalk.of(a, "client");
        assertThat(walk.steps()).extracting(FlowWalk.Step::connection).containsExactly("a1", "a2", "a3", "a4");
        assertThat(walk.components()).containsExactly("client", "api", "fn", "fn2");
    }

    @Test
    void onlyScheduledRulesAndTriggeringBucketsStartFlows() {
        Component scheduled = Component.of("nightly", "aws.events.rule", "Nightly", 0, 0)
                .withProperty("schedule", "rate(1 day)");
        Component pattern = Component.of("onOrder", "aws.events.rule", "OnOrder", 0, 200);
        Component uploads = Component.of("uploads", "aws.s3.bucket", "Uploads", 0, 400);
        Component archive = Component.of("archive", "aws.s3.bucket", "Archive", 0, 600);
        Component fn = Component.of("fn", "aws.lambda.function", "Fn", 300, 0);
        Architecture a = design(List.of(scheduled, pattern, uploads, archive, fn),
                List.of(conn("r1", "nightly", ConnectionKind.TRIGGERS, "fn"),
                        conn("r2", "onOrder", ConnectionKind.TRIGGERS, "fn"),
                        conn("r3", "uploads", ConnectionKind.TRIGGERS, "fn"),
                        conn("r4", "fn", ConnectionKind.WRITES, "archive")));
        assertThat(generator.flowStarts(a)).extracting(Component::id).containsExactly("nightly", "uploads");
    }

    @Test
    void aSavedStoryKeepsItsOrderAndEditsDropsWhatIsGoneAndAppendsWhatIsNew() throws Exception {
        Architecture fan = bigFan();
        Story generated = generator.generate(fan);
        Story saved = generated.moved("flow-orders-api", -2)
                .with(generated.slide("frame-fan").orElseThrow().withCaption("Fan-out").withHidden(true))
                .inserted(3, new Slide("custom-1", SlideKind.CUSTOM, null, new Camera(0, 0, 400, 300),
                        List.of("order-events", "gone"), "Topic", "say why", false))
                .inserted(4, Slide.generated("frame-old", SlideKind.FRAME, "old-frame"));
        Architecture changed = fan.withGroup(Group.of("extra", GroupKind.FREE, "Later", 2000, 0, 300, 200))
                .withStory(saved);
        Story merged = generator.storyOf(changed);
        assertThat(merged.slides()).extracting(Slide::id)
                .containsExactly("flow-orders-api", "overview", "frame-fan", "custom-1", "frame-extra");
        assertThat(merged.slide("frame-fan").orElseThrow().caption()).isEqualTo("Fan-out");
        assertThat(merged.slide("frame-fan").orElseThrow().hidden()).isTrue();
        assertThat(merged.slide("custom-1").orElseThrow().highlight()).containsExactly("order-events");
        assertThat(merged.visible()).extracting(Slide::id)
                .containsExactly("flow-orders-api", "overview", "custom-1", "frame-extra");
    }

    @Test
    void aStoryIsWrittenCanonicallyAndReadBackByteForByte() throws Exception {
        Architecture fan = bigFan();
        DesignWriter writer = new DesignWriter();
        assertThat(writer.write(fan)).as("no story saved: the file is unchanged").isEqualTo(resource(BIG_FAN));
        Story story = generator.generate(fan).moved("flow-orders-api", -1)
                .inserted(1, new Slide("custom-1", SlideKind.CUSTOM, null, new Camera(10, 20.5, 400, 300),
                        List.of("order-events", "created-fn"), "The topic", "Filter policies live here.", false))
                .with(Slide.generated("overview", SlideKind.OVERVIEW, null).withHidden(true));
        String text = writer.write(fan.withStory(story));
        Architecture back = new DesignReader().read(text, "story.pboard.json");
        assertThat(back.story()).contains(story);
        assertThat(back).isEqualTo(fan.withStory(story));
        assertThat(writer.write(back)).isEqualTo(text);
        String expected = """
                  "story": {
                    "slides": [
                      {
                        "hidden": true,
                        "id": "overview",
                        "kind": "overview"
                      },
                      {
                        "camera": {
                          "height": 300,
                          "width": 400,
                          "x": 10,
                          "y": 20.5
                        },
                        "caption": "The topic",
                        "highlight": [
                          "created-fn",
                          "order-events"
                        ],
                        "id": "custom-1",
                        "kind": "custom",
                        "notes": "Filter policies live here."
                      },
                      {
                        "id": "flow-orders-api",
                        "kind": "flow",
                        "target": "orders-api"
                      },
                      {
                        "id": "frame-fan",
                        "kind": "frame",
                        "target": "fan"
                      }
                    ]
                  },
                """;
        assertThat(text).contains(expected);
    }

    @Test
    void fieldsOfASlideThisVersionDoesNotKnowAreKeptAndWrittenBack() throws Exception {
        String text = """
                {"format": "patternboard", "schemaVersion": 1, "components": [],
                 "story": {"slides": [
                   {"id": "s1", "kind": "overview", "transition": {"style": "fade", "ms": 250}}]}}
                """;
        Architecture a = new DesignReader().read(text, "newer.pboard.json");
        Slide slide = a.story().orElseThrow().slides().get(0);
        assertThat(slide.extra()).containsEntry("transition", java.util.Map.of("style", "fade", "ms", 250L));
        assertThat(slide.withCaption("Hello").extra()).as("edits keep them").isEqualTo(slide.extra());
        String written = new DesignWriter().write(a);
        assertThat(written).contains("\"transition\"").contains("\"style\": \"fade\"");
        assertThat(new DesignReader().read(written, "again.pboard.json")).isEqualTo(a);
    }

    @Test
    void aBrokenStoryIsRefusedWithItsLine() {
        String text = """
                {"format": "patternboard", "schemaVersion": 1, "components": [],
                 "story": {"slides": [
                   {"id": "s1", "kind": "overview"},
                   {"id": "s2", "kind": "slideshow"}]}}
                """;
        assertThatThrownBy(() -> new DesignReader().read(text, "bad.pboard.json"))
                .isInstanceOf(DesignFormatException.class)
                .hasMessageContaining("bad.pboard.json:4:").hasMessageContaining("unknown kind 'slideshow'");
    }

    @Test
    void aStoryEditIsUndone() throws Exception {
        Architecture fan = bigFan();
        EditHistory history = new EditHistory(fan);
        Story story = generator.storyOf(fan).moved("frame-fan", 1);
        history.apply(new SetStory(story, "Move slide"));
        assertThat(history.current().story()).contains(story);
        history.apply(new SetStory(story.with(story.slides().get(0).withNotes("hello")), "Edit notes"));
        history.undo();
        assertThat(history.current().story()).contains(story);
        history.undo();
        assertThat(history.current().story()).isEmpty();
        assertThat(history.current()).isEqualTo(fan);
        history.redo();
        assertThat(history.current().story()).contains(story);
    }
}
