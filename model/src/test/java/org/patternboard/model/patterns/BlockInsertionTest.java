package org.patternboard.model.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.design.Values;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.EditException;
import org.patternboard.model.edit.EditHistory;
import org.patternboard.model.edit.Edits;
import org.patternboard.model.io.DesignFiles;

class BlockInsertionTest {
    private final BlockInsertion insertion = new BlockInsertion();

    static Stream<Named<PatternBlock>> blocks() {
        return Blocks.all().stream().map(b -> Named.of(b.id(), b));
    }

    /** A design that already uses the id and the name the block's first component would get. */
    private static Architecture crowdedTarget(PatternBlock block) {
        Component first = block.design().components().iterator().next();
        Component clash = Component.of(BlockParameters.stem(first.id()) + "-1", "aws.sqs.queue", first.name(), -500, -500);
        return Architecture.empty("Target").withComponent(clash).withComponent(Component.of("other", "aws.sns.topic",
                "Unrelated", -500, -300));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void insertingTwiceGivesTwoIndependentValidCopiesAndUndoRemovesExactlyOne(PatternBlock block) throws Exception {
        Architecture before = crowdedTarget(block);
        BlockInsertion.Inserted first = insertion.prepare(before, block, 100, 100, Map.of());
        Architecture once = first.edit().apply(before);
        BlockInsertion.Inserted second = insertion.prepare(once, block, 100, 2000, Map.of());
        Architecture twice = second.edit().apply(once);

        Architecture design = block.design();
        assertThat(twice.components()).hasSize(before.components().size() + 2 * design.components().size());
        assertThat(twice.connections()).hasSize(2 * design.connections().size());
        assertThat(twice.groups()).hasSize(2 * design.groups().size());
        assertThat(twice.notes()).hasSize(2 * design.notes().size());
        Set<String> names = new HashSet<>();
        for (Component c : twice.components()) {
            assertThat(names.add(c.name())).as("name " + c.name() + " is unique").isTrue();
        }
        for (Component c : before.components()) {
            assertThat(twice.component(c.id())).as("untouched " + c.id()).contains(c);
        }
        assertThat(new HashSet<>(first.ids().values())).doesNotContainAnyElementsOf(second.ids().values());
        assertThat(first.ids().values()).noneMatch(before::hasElement);

        for (BlockInsertion.Inserted ins : List.of(first, second)) {
            Group frame = twice.group(ins.frameId()).orElseThrow();
            assertThat(frame.kind()).isEqualTo(GroupKind.PATTERN);
            assertThat(frame.pattern()).isEqualTo(block.id());
            assertThat(frame.parent()).isNull();
            assertFaithfulCopy(design, twice, ins);
        }
        assertThat(twice.group(first.frameId()).orElseThrow().x()).isEqualTo(100);
        assertThat(twice.group(second.frameId()).orElseThrow().y()).isEqualTo(2000);
        assertEverythingLegal(twice);
        assertThat(DesignFiles.parse(DesignFiles.toCanonicalJson(twice), "mem")).isEqualTo(twice);

        Edit undoSecond = second.edit().inverse(once);
        assertThat(undoSecond.apply(twice)).isEqualTo(once);
        assertThat(first.edit().inverse(before).apply(once)).isEqualTo(before);
    }

    /** The copy has the block's types, properties, connections and layout, under new ids and in its frame. */
    private static void assertFaithfulCopy(Architecture block, Architecture result, BlockInsertion.Inserted ins) {
        Map<String, String> ids = ins.ids();
        Group blockFrame = block.groups().stream().filter(g -> g.parent() == null).findFirst().orElseThrow();
        Group frame = result.group(ins.frameId()).orElseThrow();
        double dx = frame.x() - blockFrame.x();
        double dy = frame.y() - blockFrame.y();
        for (Component original : block.components()) {
            Component copy = result.component(ids.get(original.id())).orElseThrow();
            assertThat(copy.type()).isEqualTo(original.type());
            assertThat(copy.x()).isEqualTo(original.x() + dx);
            assertThat(copy.y()).isEqualTo(original.y() + dy);
            assertThat(copy.parent()).isEqualTo(ids.get(original.parent()));
            assertThat(copy.properties()).isEqualTo(Placeholders.rename(original.properties(), ids));
            for (String ref : Placeholders.references(copy.properties())) {
                assertThat(ids.values()).as("reference ${" + ref + "} points into the same copy").contains(ref);
            }
        }
        for (Connection original : block.connections()) {
            Connection copy = result.connection(ids.get(original.id())).orElseThrow();
            assertThat(copy.from()).isEqualTo(ids.get(original.from()));
            assertThat(copy.to()).isEqualTo(ids.get(original.to()));
            assertThat(copy.kind()).isEqualTo(original.kind());
        }
        for (Group original : block.groups()) {
            Group copy = result.group(ids.get(original.id())).orElseThrow();
            assertThat(copy.kind()).isEqualTo(original.kind());
            assertThat(copy.width()).isEqualTo(original.width());
            assertThat(copy.parent()).isEqualTo(original.parent() == null ? null : ids.get(original.parent()));
        }
    }

    private static void assertEverythingLegal(Architecture a) {
        Catalog catalog = Catalog.standard();
        for (Connection c : a.connections()) {
            assertThat(catalog.isLegal(a.componentOrNull(c.from()).type(), c.kind(), a.componentOrNull(c.to()).type()))
                    .as(c.toString()).isTrue();
        }
    }

    @Test
    void isOneUndoableStepInTheHistory() {
        PatternBlock fan = Blocks.library().block("the-big-fan").orElseThrow();
        Architecture start = Architecture.empty("D");
        EditHistory history = new EditHistory(start);
        history.apply(insertion.insert(history.current(), fan, 0, 0));
        assertThat(history.current().components()).hasSize(fan.design().components().size());
        assertThat(history.undoDescription()).contains("Insert The Big Fan");
        history.undo();
        assertThat(history.current()).isEqualTo(start);
        history.redo();
        assertThat(history.current().groups()).extracting(Group::pattern).containsExactly("the-big-fan");
    }

    @Test
    void collapsingAFrameChangesOnlyItsFlag() {
        PatternBlock fan = Blocks.library().block("the-big-fan").orElseThrow();
        BlockInsertion.Inserted ins = insertion.prepare(Architecture.empty("D"), fan, 0, 0, Map.of());
        Architecture open = ins.edit().apply(Architecture.empty("D"));
        Edits edits = new Edits(Catalog.standard());
        Architecture collapsed = edits.setCollapsed(open, ins.frameId(), true).apply(open);
        assertThat(collapsed.group(ins.frameId()).orElseThrow().collapsed()).isTrue();
        assertThat(collapsed.group(ins.frameId()).orElseThrow().withCollapsed(false))
                .isEqualTo(open.group(ins.frameId()).orElseThrow());
        assertThat(collapsed.components()).containsExactlyElementsOf(open.components());
        assertThat(collapsed.connections()).containsExactlyElementsOf(open.connections());
        assertThat(edits.setCollapsed(collapsed, ins.frameId(), false).apply(collapsed)).isEqualTo(open);
    }

    @Test
    void suppressionsAndNotesComeAlongWithNewTargets() {
        PatternBlock tiny = Blocks.tiny();
        Architecture target = Architecture.empty("D");
        BlockInsertion.Inserted ins = insertion.prepare(target, tiny, 10, 10, Map.of());
        Architecture after = ins.edit().apply(target);
        assertThat(after.suppressions()).singleElement().satisfies(s -> {
            assertThat(s.rule()).isEqualTo("SQS-01");
            assertThat(s.target()).isEqualTo(ins.ids().get("queue"));
        });
        assertThat(after.notes()).singleElement().satisfies(n -> assertThat(n.x()).isEqualTo(310));
        assertThat(after.extra()).doesNotContainKey("block");
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) after
                .component(ins.ids().get("sm")).orElseThrow().property("definition")).get("States")).get("Publish");
        assertThat(params.toString()).contains("${" + ins.ids().get("topic") + "}");
    }

    @Test
    void moreUnitsRepeatTheLastOneWithItsConnections() {
        PatternBlock tiny = Blocks.tiny();
        Architecture a = BlockParameters.apply(tiny, Map.of("consumers", 3));
        assertThat(a.components()).filteredOn(c -> c.type().equals("aws.sqs.queue")).hasSize(3);
        assertThat(a.components()).filteredOn(c -> c.type().equals("aws.lambda.function")).extracting(Component::name)
                .containsExactlyInAnyOrder("Worker", "Worker2", "Worker3");
        assertThat(a.connections()).filteredOn(c -> c.kind() == ConnectionKind.SUBSCRIBES).hasSize(3)
                .allMatch(c -> c.from().equals("topic"));
        for (Connection t : a.connections().stream().filter(c -> c.kind() == ConnectionKind.TRIGGERS).toList()) {
            assertThat(a.componentOrNull(t.from()).type()).isEqualTo("aws.sqs.queue");
            assertThat(t.property("batchSize")).isEqualTo(5L);
        }
        Group frame = a.group("frame").orElseThrow();
        for (Component c : a.components()) {
            assertThat(c.y() + c.effectiveHeight()).isLessThanOrEqualTo(frame.y() + frame.height() - Layout.FRAME_PADDING);
        }
        List<Double> queueYs = a.components().stream().filter(c -> c.type().equals("aws.sqs.queue")).map(Component::y)
                .sorted().toList();
        assertThat(new HashSet<>(queueYs)).hasSize(3);
        assertThat(new BlockChecker(Catalog.standard()).problems(new PatternBlock(tiny.metadata(), a)))
                .allMatch(p -> p.contains("holds 1 units") || p.contains("unit element"));
    }

    @Test
    void fewerUnitsDropTheLastOnesAndTheirConnections() {
        Architecture a = BlockParameters.apply(Blocks.tiny(), Map.of("consumers", 0));
        assertThat(a.component("queue")).isEmpty();
        assertThat(a.component("fn")).isEmpty();
        assertThat(a.connections()).extracting(Connection::id).containsExactly("c-3");
    }

    @Test
    void bindingsSetPropertiesAndBadValuesAreRefused() {
        Architecture a = BlockParameters.apply(Blocks.tiny(), Map.of("memory", 512));
        assertThat(a.component("fn").orElseThrow().property("memorySize")).isEqualTo(512L);
        assertThatThrownBy(() -> BlockParameters.apply(Blocks.tiny(), Map.of("memory", 4096)))
                .isInstanceOf(EditException.class).hasMessageContaining("maximum");
        assertThatThrownBy(() -> BlockParameters.apply(Blocks.tiny(), Map.of("colour", "red")))
                .isInstanceOf(EditException.class).hasMessageContaining("colour");
        assertThat(BlockParameters.apply(Blocks.tiny(), Map.of())).isEqualTo(Blocks.tinyDesign());
        assertThat(BlockParameters.defaults(Blocks.tiny().metadata())).containsEntry("consumers", 1L).containsEntry("memory", 256L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void everyParameterAtItsLimitsStillGivesALegalDesign(PatternBlock block) {
        for (BlockParameter p : block.metadata().parameters()) {
            for (Object value : limits(p)) {
                Architecture target = Architecture.empty("T");
                BlockInsertion.Inserted ins = insertion.prepare(target, block, 0, 0, Map.of(p.id(), value));
                Architecture after = ins.edit().apply(target);
                assertEverythingLegal(after);
                Set<String> names = after.components().stream().map(Component::name).collect(Collectors.toSet());
                assertThat(names).hasSize(after.components().size());
                Object frozen = Values.freeze(value);
                for (BlockParameter.Binding b : p.bindings()) {
                    String id = ins.ids().get(b.element());
                    Object actual = after.component(id).map(c -> c.property(b.property()))
                            .orElseGet(() -> after.connection(id).orElseThrow().property(b.property()));
                    assertThat(actual).as(p.id() + "=" + value).isEqualTo(frozen);
                }
                if (p.replicates()) {
                    int perUnit = p.units().get(0).size();
                    int expected = block.design().components().size()
                            + (((Long) frozen).intValue() - p.units().size()) * perUnit;
                    assertThat(after.components()).hasSize(expected);
                }
            }
        }
    }

    private static List<Object> limits(BlockParameter p) {
        List<Object> values = new ArrayList<>();
        switch (p.type()) {
            case "int" -> {
                values.add(p.min() == null ? p.defaultValue() : p.min());
                values.add(p.max() == null ? p.defaultValue() : p.replicates() ? Math.min(p.max(), 12) : p.max());
            }
            case "enum" -> values.addAll(p.values());
            case "bool" -> values.addAll(List.of(true, false));
            default -> values.add(p.defaultValue() + "-changed");
        }
        return values;
    }
}
