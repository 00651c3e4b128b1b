package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;
import static org.patternboard.app.ui.UiTestSupport.fxRun;
import static org.patternboard.app.ui.UiTestSupport.settle;
import static org.patternboard.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.files.AppHome;
import org.patternboard.app.findings.FindingsView;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.patterns.PatternBlock;
import org.patternboard.model.patterns.PatternLibrary;
import org.patternboard.model.rules.Finding;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window with everything wired (rule engine, pattern library, CloudFormation and CDK exporters),
 * driven with mouse and keyboard: findings and quick fixes, suppressions, pattern blocks, collapsing frames,
 * auto-layout and the live code preview.
 */
@ExtendWith(ApplicationExtension.class)
class DesignWorkflowTest {
    /** A queue consumer without a dead-letter queue: REL-001 is an error with a quick fix. */
    static final String NO_DLQ = "REL-001";
    static final String BLOCK = "the-scheduled-lambda";

    @TempDir
    static Path home;

    MainWindow window;
    DesignViewModel vm;
    Integrations integrations;

    static Architecture design() {
        return Architecture.of("Orders", "", List.of(
                Component.of("queue-1", "aws.sqs.queue", "Orders", 100, 100),
                Component.of("function-1", "aws.lambda.function", "Worker", 440, 140),
                Component.of("bucket-1", "aws.s3.bucket", "Files", 200, 420)),
                List.of(Connection.of("c1", "queue-1", "function-1", ConnectionKind.TRIGGERS),
                        Connection.of("c2", "function-1", "bucket-1", ConnectionKind.WRITES)),
                List.of(), List.of(), List.of(), Map.of());
    }

    @Start
    void start(Stage stage) {
        integrations = Integrations.standard();
        window = new MainWindow(stage, integrations, new AppHome(home), new TestDialogs(), design());
        vm = window.viewModel();
        stage.show();
        window.canvas().requestFocus();
    }

    // ---- helpers ----

    private List<Finding> open(String ruleId) {
        return fx(() -> vm.checkProperty().get() == null ? List.<Finding>of()
                : vm.checkProperty().get().findings().stream()
                        .filter(f -> f.ruleId().equals(ruleId) && !f.suppressed()).toList());
    }

    private void waitForCheck() {
        waitUntil("the findings are those of the current design", () -> vm.isCheckCurrent());
        settle();
    }

    /** The findings table's rows that show a finding of this rule (visible or not). */
    private List<Finding> rowsOf(String ruleId) {
        return fx(() -> {
            List<Finding> out = new java.util.ArrayList<>();
            collect(window.findings().table().getRoot(), ruleId, out);
            return out;
        });
    }

    private static void collect(TreeItem<FindingsView.Row> item, String ruleId, List<Finding> out) {
        if (item == null) {
            return;
        }
        FindingsView.Row row = item.getValue();
        if (row != null && row.finding() != null && row.finding().ruleId().equals(ruleId)) {
            out.add(row.finding());
        }
        item.getChildren().forEach(c -> collect(c, ruleId, out));
    }

    /** Scrolls the findings table so that the first row of a rule is on screen, as a user would. */
    private void scrollToRule(String ruleId) {
        fxRun(() -> {
            var table = window.findings().table();
            for (int i = 0; i < table.getExpandedItemCount(); i++) {
                TreeItem<FindingsView.Row> item = table.getTreeItem(i);
                if (item.getValue().finding() != null && item.getValue().finding().ruleId().equals(ruleId)) {
                    table.scrollTo(Math.max(0, i - 1));
                    return;
                }
            }
            throw new AssertionError("no row for " + ruleId);
        });
        settle();
    }

    private Point2D at(String id) {
        return fx(() -> window.canvas().screenPointOf(id));
    }

    private String cloudFormation() {
        return fx(() -> integrations.cloudFormationYaml().apply(vm.design()));
    }

    /** Whether a component sits in a frame, directly or in a nested one. */
    private static boolean inside(Architecture a, String componentId, String frameId) {
        String parent = a.componentOrNull(componentId).parent();
        while (parent != null) {
            if (parent.equals(frameId)) {
                return true;
            }
            parent = a.group(parent).map(Group::parent).orElse(null);
        }
        return false;
    }

    private Set<String> ids(Architecture a) {
        Set<String> ids = a.components().stream().map(Component::id).collect(Collectors.toSet());
        a.groups().forEach(g -> ids.add(g.id()));
        return ids;
    }

    private Point2D dropWorld;

    /** Inserts the test block by dragging it from the palette onto the canvas; returns the new frame. */
    private Group dragBlockOntoCanvas(FxRobot robot) {
        PatternBlock block = PatternLibrary.standard().block(BLOCK).orElseThrow();
        robot.clickOn("#palette-search").write(block.name());
        settle();
        Node item = robot.lookup("#palette-block-" + BLOCK).query();
        Point2D target = fx(() -> window.canvas().localToScreen(window.canvas().getWidth() * 0.55,
                window.canvas().getHeight() * 0.6));
        dropWorld = fx(() -> window.canvas().worldAt(window.canvas().getWidth() * 0.55, window.canvas().getHeight() * 0.6));
        robot.drag(item, MouseButton.PRIMARY).dropTo(target);
        settle();
        return fx(() -> vm.design().groups().stream().filter(g -> BLOCK.equals(g.pattern())).findFirst().orElse(null));
    }

    // ---- (a) findings and quick fixes ----

    @Test
    void aWellArchitectedFindingIsFixedByItsQuickFixAndUndoBringsItBack(FxRobot robot) {
        waitForCheck();
        assertThat(open(NO_DLQ)).hasSize(1);
        assertThat(rowsOf(NO_DLQ)).hasSize(1);
        assertThat(robot.lookup("#findings-count-error").queryLabeled().getText()).isEqualTo("1 errors");
        Architecture before = fx(vm::design);

        scrollToRule(NO_DLQ);
        robot.clickOn("#quickfix-" + NO_DLQ + "-queue-1");
        waitForCheck();
        assertThat(open(NO_DLQ)).isEmpty();
        assertThat(rowsOf(NO_DLQ)).isEmpty();
        Architecture fixed = fx(vm::design);
        // The fix gave the queue a dead-letter queue: one more queue, and a failure connection to it.
        assertThat(fixed.components()).hasSize(before.components().size() + 1);
        assertThat(fixed.connections()).anyMatch(c -> c.from().equals("queue-1") && c.kind() == ConnectionKind.FAILS_TO);

        fxRun(() -> window.canvas().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitForCheck();
        assertThat(fx(vm::design)).isEqualTo(before);
        assertThat(open(NO_DLQ)).hasSize(1);
        assertThat(rowsOf(NO_DLQ)).hasSize(1);
    }

    // ---- (b) suppressions ----

    @Test
    void aSuppressedFindingLeavesTheOpenFindingsAndIsListedWithItsReason(FxRobot robot) {
        waitForCheck();
        assertThat(open(NO_DLQ)).hasSize(1);
        scrollToRule(NO_DLQ);
        robot.clickOn("#suppress-" + NO_DLQ + "-queue-1");
        settle();
        // The reason dialog: OK stays disabled until a reason is typed.
        robot.clickOn(".dialog-pane .text-field");
        assertThat(robot.lookup(".dialog-pane .button").queryAll().stream().filter(b -> ((Labeled) b).getText().equals("OK"))
                .findFirst().orElseThrow().isDisabled()).isTrue();
        robot.write("Replays come from the upstream archive");
        robot.clickOn("OK");
        waitForCheck();

        assertThat(open(NO_DLQ)).isEmpty();
        assertThat(rowsOf(NO_DLQ)).as("hidden while 'Show suppressed' is off").isEmpty();
        assertThat(robot.lookup("#findings-count-error").queryLabeled().getText()).isEqualTo("0 errors");
        assertThat(fx(() -> vm.design().suppressions())).singleElement()
                .satisfies(s -> {
                    assertThat(s.rule()).isEqualTo(NO_DLQ);
                    assertThat(s.target()).isEqualTo("queue-1");
                    assertThat(s.reason()).isEqualTo("Replays come from the upstream archive");
                });

        robot.clickOn("Show suppressed");
        settle();
        List<Finding> listed = rowsOf(NO_DLQ);
        assertThat(listed).singleElement().satisfies(f -> {
            assertThat(f.suppressed()).isTrue();
            assertThat(f.suppressionReason()).isEqualTo("Replays come from the upstream archive");
        });
        scrollToRule(NO_DLQ);
        assertThat(robot.lookup(".finding-suppressed").queryAll()).isNotEmpty()
                .allMatch(n -> n instanceof TreeTableRow<?>);
        assertThat(robot.lookup(".finding-suppressed .label").queryAll().stream()
                .map(n -> ((Labeled) n).getText()))
                .anyMatch(t -> t.contains("suppressed: Replays come from the upstream archive"));
        assertThat(robot.lookup("Unsuppress").tryQuery()).isPresent();
    }

    // ---- (c) pattern blocks ----

    @Test
    void aPatternBlockDraggedFromThePaletteArrivesInItsFrameAndOneUndoRemovesIt(FxRobot robot) {
        Architecture before = fx(vm::design);
        PatternBlock block = PatternLibrary.standard().block(BLOCK).orElseThrow();

        Group frame = dragBlockOntoCanvas(robot);
        assertThat(frame).as("a pattern frame for " + BLOCK).isNotNull();
        assertThat(frame.kind()).isEqualTo(GroupKind.PATTERN);
        Architecture after = fx(vm::design);
        List<Component> added = after.components().stream().filter(c -> before.component(c.id()).isEmpty()).toList();
        assertThat(added.stream().map(Component::type).sorted())
                .containsExactlyElementsOf(block.design().components().stream().map(Component::type).sorted().toList());
        assertThat(added).allSatisfy(c -> assertThat(inside(after, c.id(), frame.id())).as(c.name()).isTrue());
        assertThat(after.connections()).hasSize(before.connections().size() + block.design().connections().size());
        // Dropped where the pointer was (the frame's title band under it), and everything old stayed put.
        assertThat(frame.x()).isCloseTo(dropWorld.getX() - 40, org.assertj.core.data.Offset.offset(30.0));
        assertThat(frame.y()).isCloseTo(dropWorld.getY() - 15, org.assertj.core.data.Offset.offset(30.0));
        before.components().forEach(c -> assertThat(after.componentOrNull(c.id())).isEqualTo(c));
        assertThat(fx(() -> vm.selection().ids())).containsExactly(frame.id());

        fxRun(() -> window.canvas().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(fx(vm::design)).isEqualTo(before);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        settle();
        assertThat(ids(fx(vm::design))).isEqualTo(ids(after));
    }

    // ---- (d) collapsing frames ----

    @Test
    void collapsingAndExpandingAPatternFrameLeavesTheCloudFormationExportAlone(FxRobot robot) {
        Group frame = dragBlockOntoCanvas(robot);
        assertThat(frame).isNotNull();
        String expanded = cloudFormation();
        assertThat(expanded).contains("AWS::Lambda::Function");

        robot.clickOn(at(frame.id()));
        settle();
        assertThat(fx(() -> vm.selection().ids())).containsExactly(frame.id());
        robot.push(KeyCode.CONTROL, KeyCode.E);
        settle();
        assertThat(fx(() -> vm.design().group(frame.id()).orElseThrow().collapsed())).isTrue();
        // Collapsed, the frame hides its cards on the canvas…
        assertThat(fx(() -> window.canvas().scene().cards().stream()
                .noneMatch(c -> inside(vm.design(), c.component().id(), frame.id())))).isTrue();
        // …but the export still has every resource, byte for byte.
        assertThat(cloudFormation()).isEqualTo(expanded);

        robot.clickOn(at(frame.id()));
        robot.push(KeyCode.CONTROL, KeyCode.E);
        settle();
        assertThat(fx(() -> vm.design().group(frame.id()).orElseThrow().collapsed())).isFalse();
        assertThat(cloudFormation()).isEqualTo(expanded);
    }

    // ---- (e) auto-layout ----

    @Test
    void autoLayoutOfTheWholeDesignIsOneUndoableEdit(FxRobot robot) {
        Architecture before = fx(vm::design);
        assertThat(fx(vm::canUndoProperty).get()).isFalse();
        robot.clickOn("#toolbar-layout");
        waitUntil("the layout is applied", () -> vm.design() != before);
        settle();
        Architecture laidOut = fx(vm::design);
        assertThat(laidOut.components()).anyMatch(c -> {
            Component old = before.componentOrNull(c.id());
            return old.x() != c.x() || old.y() != c.y();
        });
        // Left to right along the connections: queue, then function, then bucket.
        double queueX = laidOut.componentOrNull("queue-1").x();
        double functionX = laidOut.componentOrNull("function-1").x();
        double bucketX = laidOut.componentOrNull("bucket-1").x();
        assertThat(queueX).isLessThan(functionX);
        assertThat(functionX).isLessThan(bucketX);
        assertThat(robot.lookup("#toolbar-undo").queryButton().getTooltip().getText()).startsWith("Undo ");

        robot.clickOn("#toolbar-undo");
        settle();
        assertThat(fx(vm::design)).isEqualTo(before);
        assertThat(fx(vm::canUndoProperty).get()).as("the layout was a single step").isFalse();
        robot.clickOn("#toolbar-redo");
        settle();
        assertThat(fx(vm::design)).isEqualTo(laidOut);
    }

    // ---- (f) code preview ----

    @Test
    void theCodePreviewShowsCloudFormationYamlThatFollowsARename(FxRobot robot) {
        robot.clickOn("CloudFormation (YAML)");
        waitUntil("the preview shows the template", () -> window.preview().text("cloudformation").contains("Resources:"));
        String yaml = fx(() -> window.preview().text("cloudformation"));
        assertThat(yaml).startsWith("AWSTemplateFormatVersion");
        assertThat(yaml).contains("AWS::Lambda::Function").contains("AWS::SQS::Queue").contains("Worker");
        assertThat(yaml).doesNotContain("Billing");

        robot.clickOn(at("function-1"));
        settle();
        robot.doubleClickOn("#inspector-name").eraseText(6).write("Billing").push(KeyCode.ENTER);
        settle();
        assertThat(fx(() -> vm.design().componentOrNull("function-1").name())).isEqualTo("Billing");
        waitUntil("the preview follows the rename", () -> window.preview().text("cloudformation").contains("Billing"));
        String renamed = fx(() -> window.preview().text("cloudformation"));
        assertThat(renamed).doesNotContain("Worker");
        assertThat(renamed).isEqualTo(cloudFormation());
    }
}
