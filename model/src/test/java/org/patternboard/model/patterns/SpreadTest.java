package org.patternboard.model.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.design.Note;

class SpreadTest {
    /** Three cards in a row 60 px apart and one below the middle one, in a frame with 40 px margins. */
    private static Architecture tight() {
        Group frame = Group.of("frame", GroupKind.PATTERN, "P", 0, 0, 740, 272);
        List<Component> cards = List.of(
                Component.of("a", "aws.lambda.function", "A", 40, 40).withParent("frame"),
                Component.of("b", "aws.sqs.queue", "B", 280, 40).withParent("frame"),
                Component.of("c", "aws.sns.topic", "C", 520, 40).withParent("frame"),
                Component.of("d", "aws.sqs.queue", "D", 280, 160).withParent("frame"));
        return Architecture.of("T", "", cards, List.of(), List.of(frame), List.of(Note.of("n", "why", 760, 40)), List.of(),
                Map.of());
    }

    @Test
    void opensEveryGapBetweenSideBySideCardsToTheColumnGapKeepingOrderAndRows() {
        Architecture s = Spread.apply(tight());
        Component a = s.componentOrNull("a");
        Component b = s.componentOrNull("b");
        Component c = s.componentOrNull("c");
        Component d = s.componentOrNull("d");
        assertThat(a.x()).isEqualTo(40);
        assertThat(b.x() - a.x() - a.effectiveWidth()).isGreaterThanOrEqualTo(Spread.COLUMN_GAP - 1);
        assertThat(c.x() - b.x() - b.effectiveWidth()).isGreaterThanOrEqualTo(Spread.COLUMN_GAP - 1);
        assertThat(List.of(a.y(), b.y(), c.y())).containsOnly(40.0);
        assertThat(d.x()).isEqualTo(b.x());
        assertThat(d.y() - b.y() - b.effectiveHeight()).isGreaterThanOrEqualTo(Spread.ROW_GAP);
        // The note beside the row moves with it and stays right of the last card.
        assertThat(s.note("n").orElseThrow().x()).isGreaterThan(c.x() + c.effectiveWidth());
    }

    @Test
    void framesKeepTheirMarginsAroundTheSpreadContents() {
        Group f = Spread.apply(tight()).group("frame").orElseThrow();
        assertThat(f.x()).isZero();
        assertThat(f.y()).isZero();
        assertThat(f.width()).isEqualTo(40 + 3 * 180 + 2 * Spread.COLUMN_GAP + 40);
        assertThat(f.height()).isEqualTo(272);
    }

    @Test
    void aSecondRunChangesNothingAndARoomyLayoutIsLeftAlone() {
        Architecture once = Spread.apply(tight());
        assertThat(Spread.apply(once)).isEqualTo(once);
        Architecture roomy = Architecture.of("R", "", List.of(Component.of("a", "aws.sqs.queue", "A", 0, 0),
                Component.of("b", "aws.sqs.queue", "B", 400, 0)), List.of(), List.of(), List.of(), List.of(), Map.of());
        assertThat(Spread.apply(roomy)).isSameAs(roomy);
    }

    @Test
    void widerGapsSpreadFurther() {
        Architecture s = Spread.apply(tight(), 200, 48);
        assertThat(s.componentOrNull("b").x() - 40 - 180).isGreaterThanOrEqualTo(199);
    }
}
