package org.patternboard.model.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.design.Note;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleEngine;

/** One test per kind of difference, on The Big Fan sample and its edits. */
class DesignDiffTest {
    static final Path SAMPLES = Path.of("..", "samples", "src", "main", "resources", "patternboard");

    static Stream<Path> shippedDesigns() throws IOException {
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".pboard.json")).sorted().toList().stream();
        }
    }

    static Architecture bigFan() throws Exception {
        return DesignFiles.load(SAMPLES.resolve("samples/the-big-fan.pboard.json"));
    }

    @ParameterizedTest
    @MethodSource("shippedDesigns")
    void aDesignAgainstItselfIsEmpty(Path file) throws Exception {
        // Two separate reads: equal content, not the same object.
        DesignDiff diff = DesignDiff.between(DesignFiles.load(file), DesignFiles.load(file));
        assertThat(diff.isEmpty()).as(file.toString()).isTrue();
    }

    @Test
    void theShippedDesignsAreFound() throws Exception {
        assertThat(shippedDesigns().count()).isGreaterThan(50);
    }

    @Test
    void anAddedComponentIsAddedAndNothingElse() throws Exception {
        Architecture a = bigFan();
        Architecture b = a.withComponent(Component.of("audit-queue", "aws.sqs.queue", "AuditQueue", 700, 660));
        DesignDiff d = DesignDiff.between(a, b);
        assertThat(d.components().added()).containsExactly("audit-queue");
        assertThat(d.components().removed()).isEmpty();
        assertThat(d.components().renamed()).isEmpty();
        assertThat(d.components().changed()).isEmpty();
        assertThat(d.isEmpty()).isFalse();
    }

    @Test
    void aRemovedComponentIsRemoved() throws Exception {
        Architecture a = bigFan();
        Architecture b = a.withoutComponent("other-dlq").withoutConnection("c-other-dlq");
        DesignDiff d = DesignDiff.between(a, b);
        assertThat(d.components().removed()).containsExactly("other-dlq");
        assertThat(d.components().added()).isEmpty();
        assertThat(d.connections().removed()).containsExactly("c-other-dlq");
    }

    @Test
    void aChangedPropertyIsListedWithBothValues() throws Exception {
        Architecture a = bigFan();
        Component fn = a.componentOrNull("created-fn");
        Architecture b = a.withComponent(fn.withProperty("memorySize", 1024).withProperty("reservedConcurrency", 5)
                .withProperty("tracing", null).withName("HandleCreatedOrders"));
        DesignDiff d = DesignDiff.between(a, b);
        assertThat(d.components().changed()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("created-fn");
            assertThat(c.properties()).containsExactly(new PropertyChange("memorySize", 256L, 1024L),
                    new PropertyChange("reservedConcurrency", null, 5L), new PropertyChange("tracing", "Active", null));
            assertThat(c.fields()).containsExactly(new PropertyChange("name", "HandleCreated", "HandleCreatedOrders"));
        });
        assertThat(d.components().added()).isEmpty();
        assertThat(d.components().moved()).isEmpty();
    }

    @Test
    void aRenamedIdIsARenameNotARemovalAndAnAddition() throws Exception {
        Architecture a = bigFan();
        Architecture b = renameComponent(a, "created-fn", "created-handler");
        DesignDiff d = DesignDiff.between(a, b);
        assertThat(d.components().renamed()).containsExactly(new Rename("created-fn", "created-handler"));
        assertThat(d.components().added()).isEmpty();
        assertThat(d.components().removed()).isEmpty();
        assertThat(d.components().changed()).isEmpty();
        // The connection kept its id and now ends at the renamed id: the same end, so unchanged.
        assertThat(d.connections().isEmpty()).isTrue();
        assertThat(d.findings().isEmpty()).isTrue();
        assertThat(d.scores()).isEmpty();
    }

    @Test
    void aRenamedComponentWithChangedPropertiesIsBothRenamedAndChanged() throws Exception {
        Architecture a = bigFan();
        Architecture renamed = renameComponent(a, "created-fn", "created-handler");
        Architecture b = renamed.withComponent(renamed.componentOrNull("created-handler").withProperty("memorySize", 512));
        DesignDiff d = DesignDiff.between(a, b);
        assertThat(d.components().renamed()).containsExactly(new Rename("created-fn", "created-handler"));
        assertThat(d.components().changed()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("created-handler");
            assertThat(c.properties()).containsExactly(new PropertyChange("memorySize", 256L, 512L));
        });
    }

    @Test
    void aConnectionAddedAndAnotherRemoved() throws Exception {
        Architecture a = bigFan();
        Architecture b = a.withoutConnection("c-other-fn")
                .withConnection(Connection.of("c-api-created", "orders-api", "created-fn", ConnectionKind.INVOKES));
        DesignDiff d = DesignDiff.between(a, b);
        assertThat(d.connections().added()).containsExactly("c-api-created");
        assertThat(d.connections().removed()).containsExactly("c-other-fn");
        assertThat(d.components().isEmpty()).isTrue();
    }

    @Test
    void aRedrawnConnectionWithANewIdIsMatchedByItsEndsAndKind() throws Exception {
        Architecture a = bigFan();
        Connection c = a.connection("c-created-fn").orElseThrow();
        Architecture b = a.withoutConnection(c.id()).withConnection(c.withId("c9").withProperty("batchSize", 1));
        DesignDiff d = DesignDiff.between(a, b);
        assertThat(d.connections().added()).isEmpty();
        assertThat(d.connections().removed()).isEmpty();
        assertThat(d.connections().renamed()).containsExactly(new Rename("c-created-fn", "c9"));
        assertThat(d.connections().changed()).singleElement().satisfies(ch -> {
            assertThat(ch.id()).isEqualTo("c9");
            assertThat(ch.properties()).containsExactly(new PropertyChange("batchSize", 10L, 1L));
        });
    }

    @Test
    void removingADeadLetterQueueIntroducesAReliabilityFindingAndLowersTheScore() throws Exception {
        Architecture a = bigFan();
        Architecture b = a.withoutComponent("created-dlq").withoutConnection("c-created-dlq");
        DesignDiff d = DesignDiff.between(a, b);
        assertThat(d.findings().introduced()).isNotEmpty();
        assertThat(d.findings().introduced()).anySatisfy(f -> {
            assertThat(f.rule()).isEqualTo("REL-001");
            assertThat(f.targets()).contains("created-queue");
            assertThat(f.pillar()).isEqualTo(Pillar.RELIABILITY);
        });
        assertThat(d.scores().get(Pillar.RELIABILITY)).isNegative();
        int expected = RuleEngine.standard().check(b).score(Pillar.RELIABILITY)
                - RuleEngine.standard().check(a).score(Pillar.RELIABILITY);
        assertThat(d.scores()).containsEntry(Pillar.RELIABILITY, expected);

        // The removed queue took its own finding (a DLQ without an alarm) with it: resolved.
        assertThat(d.findings().resolved()).anySatisfy(f -> assertThat(f.targets()).contains("created-dlq"));

        // The other way round, introduced and resolved swap and the score rises by as much.
        DesignDiff back = DesignDiff.between(b, a);
        assertThat(back.findings().resolved()).isEqualTo(d.findings().introduced());
        assertThat(back.findings().introduced()).isEqualTo(d.findings().resolved());
        assertThat(back.scores()).containsEntry(Pillar.RELIABILITY, -expected);
    }

    @Test
    void aSuppressedFindingIsNotIntroduced() throws Exception {
        Architecture a = bigFan();
        Architecture b = a.withoutComponent("created-dlq").withoutConnection("c-created-dlq");
        List<Suppression> all = RuleEngine.standard().check(b).unsuppressed().stream()
                .map(f -> new Suppression(f.ruleId(), f.targets().get(0), "accepted for the demo")).distinct().toList();
        Architecture suppressed = b.withSuppressions(all);
        DesignDiff d = DesignDiff.between(a, suppressed);
        assertThat(d.findings().introduced()).isEmpty();
        assertThat(d.suppressionsAdded()).hasSameSizeAs(all);
    }

    @Test
    void aPureMoveIsReportedApartAndCanBeIgnored() throws Exception {
        Architecture a = bigFan();
        Architecture b = a.withComponent(a.componentOrNull("order-events").withPosition(400, 300));
        DesignDiff d = DesignDiff.between(a, b);
        assertThat(d.components().changed()).isEmpty();
        assertThat(d.components().moved()).singleElement().satisfies(m -> {
            assertThat(m.id()).isEqualTo("order-events");
            assertThat(m.from()).isEqualTo(new Placement(380, 280, null, null));
            assertThat(m.to()).isEqualTo(new Placement(400, 300, null, null));
        });
        assertThat(d.isEmpty()).isFalse();
        assertThat(DesignDiff.between(a, b, RuleEngine.standard(), DiffOptions.IGNORE_LAYOUT).isEmpty()).isTrue();
    }

    @Test
    void framesAndNotesAddedRemovedAndChanged() throws Exception {
        Architecture a = bigFan();
        Architecture b = a.withGroup(Group.of("team", GroupKind.FREE, "Team", 0, 0, 100, 100)).withoutNote("note-1")
                .withGroup(a.group("fan").orElseThrow().withLabel("Fan-out"))
                .withNote(Note.of("note-2", "Owned by the orders team.", 80, 700));
        DesignDiff d = DesignDiff.between(a, b);
        assertThat(d.groups().added()).containsExactly("team");
        assertThat(d.groups().changed()).singleElement()
                .satisfies(c -> assertThat(c.fields()).containsExactly(new PropertyChange("label", "The Big Fan", "Fan-out")));
        assertThat(d.notes().added()).containsExactly("note-2");
        assertThat(d.notes().removed()).containsExactly("note-1");
    }

    @Test
    void aComponentMovedIntoAnotherFrameChangesItsParent() throws Exception {
        Architecture a = bigFan().withGroup(Group.of("team", GroupKind.FREE, "Team", 0, 0, 100, 100));
        Architecture b = a.withComponent(a.componentOrNull("other-dlq").withParent("team"));
        DesignDiff d = DesignDiff.between(a, b);
        assertThat(d.components().changed()).singleElement()
                .satisfies(c -> assertThat(c.fields()).containsExactly(new PropertyChange("parent", "fan", "team")));
    }

    /** What a user renaming an id gets: the component and every connection end follow. */
    static Architecture renameComponent(Architecture a, String from, String to) {
        Architecture b = a.withoutComponent(from).withComponent(a.componentOrNull(from).withId(to));
        for (Connection c : a.connectionsOf(from)) {
            b = b.withConnection(c.withEnds(c.from().equals(from) ? to : c.from(), c.to().equals(from) ? to : c.to()));
        }
        return b;
    }

    @Test
    void designNameAndDescriptionChanges() throws Exception {
        Architecture a = bigFan();
        DesignDiff d = DesignDiff.between(a, a.withName("Orders fan-out").withDescription("v2"));
        assertThat(d.document()).extracting(PropertyChange::name).containsExactly("name", "description");
        assertThat(d.document().get(0).newValue()).isEqualTo("Orders fan-out");
    }
}
