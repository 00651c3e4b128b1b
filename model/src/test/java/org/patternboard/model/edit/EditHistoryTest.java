package org.patternboard.model.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.GroupKind;

class EditHistoryTest {
    final Edits edits = new Edits(Catalog.standard());
    final EditHistory history = new EditHistory(Architecture.empty("Test"));

    private String add(String type, String name) {
        history.apply(edits.addComponent(history.current(), type, name, 0, 0));
        history.closeMerge();
        return history.current().components().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void addUndoRedoWithMenuDescriptions() {
        String q = add("aws.sqs.queue", "Orders");
        assertThat(history.undoDescription()).contains("Add Orders");
        history.undo();
        assertThat(history.current().component(q)).isEmpty();
        assertThat(history.redoDescription()).contains("Add Orders");
        history.redo();
        assertThat(history.current().component(q)).isPresent();
    }

    @Test
    void consecutiveMovesOfTheSameSelectionMergeIntoOneStep() {
        String q = add("aws.sqs.queue", "Orders");
        for (int i = 0; i < 10; i++) {
            history.apply(edits.move(List.of(q), 1.5, 2));
        }
        history.closeMerge();
        assertThat(history.current().componentOrNull(q).x()).isEqualTo(15.0);
        history.undo();
        assertThat(history.current().componentOrNull(q).x()).isEqualTo(0.0);
        history.undo();
        assertThat(history.current().component(q)).isEmpty();
    }

    @Test
    void movesOfDifferentSelectionsDoNotMerge() {
        String a = add("aws.sqs.queue", "A");
        String b = add("aws.sqs.queue", "B");
        history.apply(edits.move(List.of(a), 5, 0));
        history.apply(edits.move(List.of(b), 5, 0));
        history.undo();
        assertThat(history.current().componentOrNull(a).x()).isEqualTo(5.0);
        assertThat(history.current().componentOrNull(b).x()).isEqualTo(0.0);
    }

    @Test
    void dirtyMarkerFollowsSavesAndUndo() {
        assertThat(history.isDirty()).isFalse();
        add("aws.sqs.queue", "A");
        assertThat(history.isDirty()).isTrue();
        history.markSaved();
        assertThat(history.isDirty()).isFalse();
        add("aws.sqs.queue", "B");
        assertThat(history.isDirty()).isTrue();
        history.undo();
        assertThat(history.isDirty()).isFalse();
        history.undo();
        assertThat(history.isDirty()).isTrue();
        history.redo();
        assertThat(history.isDirty()).isFalse();
        // Undo past the save point and edit: the saved state can no longer be reached.
        history.undo();
        add("aws.sns.topic", "T");
        assertThat(history.isDirty()).isTrue();
    }

    @Test
    void removingAComponentTakesItsConnectionsAndUndoRestoresThem() {
        String q = add("aws.sqs.queue", "Q");
        String f = add("aws.lambda.function", "F");
        history.apply(edits.connect(history.current(), q, f, null));
        Architecture connected = history.current();
        assertThat(connected.connections()).singleElement()
                .satisfies(c -> assertThat(c.kind()).isEqualTo(ConnectionKind.TRIGGERS));
        history.apply(edits.remove(history.current(), List.of(q)));
        assertThat(history.current().connections()).isEmpty();
        history.undo();
        assertThat(history.current()).isEqualTo(connected);
    }

    @Test
    void illegalConnectionsAndBadValuesAreRefusedAndChangeNothing() {
        String t = add("aws.dynamodb.table", "T");
        String b = add("aws.s3.bucket", "B");
        String f = add("aws.lambda.function", "F");
        Architecture before = history.current();
        assertThatThrownBy(() -> history.apply(edits.connect(history.current(), t, b, ConnectionKind.PROTECTS)))
                .isInstanceOf(EditException.class).hasMessageContaining("aws.dynamodb.table").hasMessageContaining("aws.s3.bucket");
        assertThatThrownBy(() -> history.apply(edits.setProperty(history.current(), f, "memorySize", 64)))
                .isInstanceOf(EditException.class).hasMessageContaining("at least 128");
        assertThatThrownBy(() -> history.apply(edits.setProperty(history.current(), f, "colour", "red")))
                .isInstanceOf(EditException.class).hasMessageContaining("colour");
        assertThat(history.current()).isEqualTo(before);
    }

    @Test
    void groupAndUngroupAreInverseSteps() {
        String a = add("aws.sqs.queue", "A");
        String b = add("aws.sqs.queue", "B");
        Architecture before = history.current();
        history.apply(edits.group(history.current(), List.of(a, b), GroupKind.VPC, "Network"));
        String g = history.current().groups().iterator().next().id();
        assertThat(history.current().componentOrNull(a).parent()).isEqualTo(g);
        history.apply(edits.ungroup(history.current(), g));
        assertThat(history.current().groups()).isEmpty();
        assertThat(history.current().componentOrNull(a).parent()).isNull();
        history.undo();
        history.undo();
        assertThat(history.current()).isEqualTo(before);
    }

    @Test
    void suppressionsNeedAReason() {
        String a = add("aws.sqs.queue", "A");
        assertThatThrownBy(() -> edits.suppress(history.current(), "REL-001", a, " "))
                .isInstanceOf(EditException.class).hasMessageContaining("reason");
        history.apply(edits.suppress(history.current(), "REL-001", a, "known"));
        assertThat(history.current().suppressions()).hasSize(1);
    }
}
