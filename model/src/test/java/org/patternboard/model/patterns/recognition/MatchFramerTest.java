package org.patternboard.model.patterns.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.EditHistory;
import org.patternboard.model.patterns.Layout;
import org.patternboard.model.patterns.PatternLibrary;

class MatchFramerTest {
    private final PatternRecognizer recognizer = new PatternRecognizer(PatternLibrary.standard());

    @Test
    void framingAddsOnePatternGroupPerMatchAroundItsComponentsAndUndoRestoresTheDesignExactly() {
        Architecture a = Designs.insert(Architecture.empty("two"), Designs.block("the-big-fan"), 0, 0);
        a = Designs.insert(a, Designs.block("the-scalable-webhook"), 0, 3000);
        Architecture before = Designs.scrambled(Designs.unframed(a), 17);
        List<PatternMatch> matches = recognizer.recognize(before);

        Edit edit = recognizer.frame(before, matches);
        Architecture after = edit.apply(before);

        assertThat(after.groups()).hasSize(2);
        for (PatternMatch m : matches) {
            Group frame = after.groups().stream().filter(g -> m.blockId().equals(g.pattern())).findFirst().orElseThrow();
            assertThat(frame.kind()).isEqualTo(GroupKind.PATTERN);
            assertThat(frame.label()).isEqualTo(m.label());
            assertThat(frame.parent()).isNull();
            List<Component> members = m.components().stream().map(after::componentOrNull).toList();
            assertThat(members).allMatch(c -> frame.id().equals(c.parent()));
            double pad = Layout.FRAME_PADDING;
            assertThat(frame.x()).isEqualTo(members.stream().mapToDouble(Component::x).min().orElseThrow() - pad);
            assertThat(frame.y()).isEqualTo(members.stream().mapToDouble(Component::y).min().orElseThrow() - pad);
            assertThat(frame.x() + frame.width()).isEqualTo(
                    members.stream().mapToDouble(c -> c.x() + c.effectiveWidth()).max().orElseThrow() + pad);
            assertThat(frame.y() + frame.height()).isEqualTo(
                    members.stream().mapToDouble(c -> c.y() + c.effectiveHeight()).max().orElseThrow() + pad);
        }
        assertThat(edit.inverse(before).apply(after)).isEqualTo(before);

        EditHistory history = new EditHistory(before);
        history.apply(edit);
        assertThat(history.current()).isEqualTo(after);
        history.undo();
        assertThat(history.current()).isEqualTo(before);
        // Framed components are not found again.
        assertThat(recognizer.recognize(after)).isEmpty();
    }

    @Test
    void aVpcWhollyInsideTheMatchMovesIntoTheFrameAndItsComponentsStayInIt() {
        Architecture before = Designs.scrambled(Designs.plain(Designs.block("the-rds-proxy")), 4);
        Group vpc = before.groups().stream().filter(g -> g.kind() == GroupKind.VPC).findFirst().orElseThrow();
        List<PatternMatch> matches = recognizer.recognize(before);

        Architecture after = recognizer.frame(before, matches).apply(before);

        Group frame = after.groups().stream().filter(g -> g.kind() == GroupKind.PATTERN).findFirst().orElseThrow();
        assertThat(after.group(vpc.id()).orElseThrow().parent()).isEqualTo(frame.id());
        for (Component c : before.components()) {
            String expected = vpc.id().equals(c.parent()) ? vpc.id() : frame.id();
            assertThat(after.componentOrNull(c.id()).parent()).as(c.type()).isEqualTo(expected);
        }
        assertThat(frame.x()).isLessThanOrEqualTo(vpc.x() - Layout.FRAME_PADDING);
        assertThat(frame.x() + frame.width()).isGreaterThanOrEqualTo(vpc.x() + vpc.width() + Layout.FRAME_PADDING);
    }

    @Test
    void aFrameGoesInsideTheGroupThatHoldsAllItsComponents() {
        Architecture plain = Designs.plain(Designs.block("the-simple-webservice"));
        Group account = Group.of("acct", GroupKind.ACCOUNT, "Prod", -500, -500, 5000, 5000);
        Architecture before = plain.withGroup(account);
        for (Component c : plain.components()) {
            before = before.withComponent(c.withParent("acct"));
        }
        Architecture design = before;
        Architecture after = recognizer.frame(design, recognizer.recognize(design)).apply(design);
        Group frame = after.groups().stream().filter(g -> g.kind() == GroupKind.PATTERN).findFirst().orElseThrow();
        assertThat(frame.parent()).isEqualTo("acct");
        assertThat(after.components()).allMatch(c -> frame.id().equals(c.parent()));
    }
}
