package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;
import static org.patternboard.app.ui.UiTestSupport.fxRun;
import static org.patternboard.app.ui.UiTestSupport.settle;
import static org.patternboard.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.files.AppHome;
import org.patternboard.app.files.FileDialogs;
import org.patternboard.app.viewmodel.ClasspathBlocks;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.app.viewmodel.Selection;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.io.DesignFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** Drives the real main window headless (Monocle): mouse and keyboard as a user would. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path home;

    MainWindow window;
    DesignViewModel vm;
    final TestDialogs dialogs = new TestDialogs();

    static Architecture design() {
        return Architecture.of("Test design", "", List.of(
                Component.of("queue-1", "aws.sqs.queue", "Orders", 100, 100),
                Component.of("function-1", "aws.lambda.function", "Worker", 440, 100),
                Component.of("bucket-1", "aws.s3.bucket", "Files", 440, 320)),
                List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    @Start
    void start(Stage stage) {
        Integrations integrations = new Integrations(null, ClasspathBlocks.load(), null, null, null, null);
        window = new MainWindow(stage, integrations, new AppHome(home), dialogs, design());
        vm = window.viewModel();
        stage.show();
        window.canvas().requestFocus();
    }

    private Point2D at(String id) {
        return fx(() -> window.canvas().screenPointOf(id));
    }

    /** A screen point on the canvas at a world position. */
    private Point2D world(double x, double y) {
        return fx(() -> window.canvas().toScreen(x, y));
    }

    private int count(String type) {
        return fx(() -> (int) vm.design().components().stream().filter(c -> c.type().equals(type)).count());
    }

    @Test
    void insertingFromThePaletteKeyboardPlacesTheCardInFreeSpaceNearTheViewCentre(FxRobot robot) {
        fx(() -> {
            window.canvas().reveal(java.util.Set.of("queue-1")); // the view centre is on a card
            return null;
        });
        settle();
        var centre = fx(() -> window.canvas().viewCenterWorld());
        fx(() -> {
            window.actions().insertAtCenter("type:aws.sns.topic");
            return null;
        });
        settle();
        Component added = fx(() -> vm.design().componentOrNull(vm.selection().single()));
        assertThat(added.type()).isEqualTo("aws.sns.topic");
        var scene = fx(() -> window.canvas().scene());
        var box = scene.box(added.id());
        for (var card : scene.cards()) {
            if (!card.component().id().equals(added.id())) {
                assertThat(box.intersects(card.box())).as("on " + card.component().id()).isFalse();
            }
        }
        for (var route : scene.routes()) {
            for (int i = 0; i + 1 < route.xs().length; i++) {
                assertThat(box.intersects(org.patternboard.exporters.diagram.Box.spanning(route.xs()[i], route.ys()[i],
                        route.xs()[i + 1], route.ys()[i + 1]))).as("across " + route.id()).isFalse();
            }
        }
        assertThat(Math.hypot(box.centerX() - centre.getX(), box.centerY() - centre.getY())).as("near the centre")
                .isLessThan(400);
    }

    @Test
    void enterOnAFocusedPaletteItemInsertsIt(FxRobot robot) {
        robot.clickOn("#palette-search").write("SNS");
        settle();
        Node item = robot.lookup("#palette-aws-sns-topic").query();
        int before = count("aws.sns.topic");
        fx(() -> {
            item.requestFocus();
            return null;
        });
        robot.push(KeyCode.ENTER);
        settle();
        assertThat(count("aws.sns.topic")).isEqualTo(before + 1);
    }

    @Test
    void dragFromPaletteAddsAComponentThatUndoRemovesAndRedoRestores(FxRobot robot) {
        robot.clickOn("#palette-search").write("SQS");
        settle();
        Node item = robot.lookup("#palette-aws-sqs-queue").query();
        Point2D target = world(300, 260);
        robot.drag(item, MouseButton.PRIMARY).dropTo(target);
        settle();
        assertThat(count("aws.sqs.queue")).isEqualTo(2);
        Component added = fx(() -> vm.design().componentOrNull(vm.selection().single()));
        assertThat(added.type()).isEqualTo("aws.sqs.queue");
        // Dropped where the pointer was (centred on it, snapped to the 20 px grid).
        assertThat(added.x() + added.effectiveWidth() / 2).isCloseTo(300, org.assertj.core.data.Offset.offset(20.0));
        assertThat(added.y() % 20).isZero();

        robot.clickOn(window.canvas()).push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        assertThat(count("aws.sqs.queue")).isEqualTo(1);
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        settle();
        assertThat(count("aws.sqs.queue")).isEqualTo(2);
    }

    @Test
    void draggingACardsHandleConnectsWithTheDefaultKindAndTheKindCanBeChanged(FxRobot robot) {
        robot.clickOn(at("function-1"));
        settle();
        Point2D handle = fx(() -> window.canvas().screenHandleOf("function-1"));
        robot.drag(handle, MouseButton.PRIMARY).dropTo(at("bucket-1"));
        settle();
        Connection c = fx(() -> vm.design().connections().iterator().next());
        assertThat(c.from()).isEqualTo("function-1");
        assertThat(c.to()).isEqualTo("bucket-1");
        assertThat(c.kind()).isEqualTo(ConnectionKind.READ_WRITES);
        // Only the legal kinds are offered, the default ticked; pick another one.
        robot.clickOn(LabeledMatchers.hasText("reads"));
        settle();
        assertThat(fx(() -> vm.design().connection(c.id()).orElseThrow().kind())).isEqualTo(ConnectionKind.READS);
    }

    @Test
    void anIllegalConnectionIsRefusedWithTheReason(FxRobot robot) {
        robot.clickOn(at("queue-1"));
        Point2D handle = fx(() -> window.canvas().screenHandleOf("queue-1"));
        robot.drag(handle, MouseButton.PRIMARY).dropTo(at("bucket-1"));
        settle();
        assertThat(fx(() -> vm.design().connections().size())).isZero();
        assertThat(robot.lookup("#status-message").queryLabeled().getText()).contains("cannot be connected");
    }

    @Test
    void theInspectorAppliesValidValuesAndRefusesInvalidOnes(FxRobot robot) {
        robot.clickOn(at("function-1"));
        settle();
        robot.doubleClickOn("#inspector-memorySize").write("1024").push(KeyCode.ENTER);
        settle();
        assertThat(fx(() -> vm.design().componentOrNull("function-1").property("memorySize"))).isEqualTo(1024L);

        robot.doubleClickOn("#inspector-memorySize").write("99999").push(KeyCode.ENTER);
        settle();
        assertThat(fx(() -> vm.design().componentOrNull("function-1").property("memorySize"))).isEqualTo(1024L);
        Node field = robot.lookup("#inspector-memorySize").query();
        assertThat(field.getStyleClass()).contains("invalid");
        assertThat(robot.lookup("#inspector-error").queryLabeled().getText()).contains("at most");

        // Durations accept units: 2m is 120 seconds.
        robot.doubleClickOn("#inspector-timeout").write("2m").push(KeyCode.ENTER);
        settle();
        assertThat(fx(() -> vm.design().componentOrNull("function-1").property("timeout"))).isEqualTo(120L);
    }

    @Test
    void movingACardIsOneUndoStepAndSnapsToTheGrid(FxRobot robot) {
        Point2D from = at("queue-1");
        robot.drag(from, MouseButton.PRIMARY).dropTo(from.add(97 * scale(), 33 * scale()));
        settle();
        Component moved = fx(() -> vm.design().componentOrNull("queue-1"));
        assertThat(moved.x() % 20).isZero();
        assertThat(moved.y() % 20).isZero();
        assertThat(moved.x()).isGreaterThan(160);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        settle();
        Component back = fx(() -> vm.design().componentOrNull("queue-1"));
        assertThat(back.x()).isEqualTo(100);
        assertThat(back.y()).isEqualTo(100);
    }

    private double scale() {
        return fx(() -> window.canvas().viewport().scale());
    }

    @Test
    void marqueeSelectsWhatItTouches(FxRobot robot) {
        robot.drag(world(400, 60), MouseButton.PRIMARY).dropTo(world(700, 420));
        settle();
        assertThat(fx(() -> vm.selection().ids())).containsExactlyInAnyOrder("function-1", "bucket-1");
        robot.push(KeyCode.CONTROL, KeyCode.A);
        settle();
        assertThat(fx(() -> vm.selection().ids())).contains("queue-1", "function-1", "bucket-1");
    }

    @Test
    void copyPasteDuplicateAndDelete(FxRobot robot) {
        robot.clickOn(at("queue-1"));
        robot.push(KeyCode.CONTROL, KeyCode.C).push(KeyCode.CONTROL, KeyCode.V);
        settle();
        assertThat(count("aws.sqs.queue")).isEqualTo(2);
        Component pasted = fx(() -> vm.design().componentOrNull(vm.selection().single()));
        assertThat(pasted.id()).isNotEqualTo("queue-1");
        assertThat(pasted.name()).isEqualTo("Orders2");
        // Issue 18: a paste lands in free space near the view centre, not on the original or any other card.
        var scene = fx(() -> window.canvas().scene());
        var pastedBox = scene.box(pasted.id());
        for (var card : scene.cards()) {
            if (!card.component().id().equals(pasted.id())) {
                assertThat(pastedBox.intersects(card.box())).as("pasted card on " + card.component().id()).isFalse();
            }
        }
        for (var route : scene.routes()) {
            for (int i = 0; i + 1 < route.xs().length; i++) {
                assertThat(pastedBox.intersects(org.patternboard.exporters.diagram.Box.spanning(route.xs()[i],
                        route.ys()[i], route.xs()[i + 1], route.ys()[i + 1]))).as("across " + route.id()).isFalse();
            }
        }

        robot.push(KeyCode.CONTROL, KeyCode.D);
        settle();
        assertThat(count("aws.sqs.queue")).isEqualTo(3);

        robot.push(KeyCode.DELETE);
        settle();
        assertThat(count("aws.sqs.queue")).isEqualTo(2);
        robot.clickOn(at("queue-1")).push(KeyCode.DELETE);
        settle();
        assertThat(fx(() -> vm.design().component("queue-1"))).isEmpty();
    }

    @Test
    void saveReopenAndCompare(FxRobot robot) throws Exception {
        Path file = home.resolve("saved" + DesignFiles.EXTENSION);
        dialogs.saveAnswers.add(file);
        robot.clickOn(at("function-1"));
        robot.doubleClickOn("#inspector-memorySize").write("512").push(KeyCode.ENTER);
        settle();
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        assertThat(fx(() -> ((Stage) window.scene().getWindow()).getTitle())).startsWith("\u2022 ");
        fxRun(() -> window.canvas().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.S);
        settle();
        assertThat(Files.exists(file)).isTrue();
        assertThat(fx(() -> ((Stage) window.scene().getWindow()).getTitle())).isEqualTo("saved.pboard.json \u2014 Patternboard");
        Architecture saved = fx(vm::design);
        assertThat(DesignFiles.load(file)).isEqualTo(saved);

        // Change it, refuse to lose the change, then discard it and reopen the file.
        robot.clickOn(at("bucket-1")).push(KeyCode.DELETE);
        settle();
        dialogs.discardAnswer = FileDialogs.Discard.CANCEL;
        robot.push(KeyCode.CONTROL, KeyCode.N);
        settle();
        assertThat(dialogs.discardQuestions).isEqualTo(1);
        assertThat(fx(() -> vm.design().components().size())).isEqualTo(2);

        dialogs.discardAnswer = FileDialogs.Discard.DISCARD;
        dialogs.openAnswers.add(file);
        robot.push(KeyCode.CONTROL, KeyCode.O);
        settle();
        assertThat(fx(vm::design)).isEqualTo(saved);
        assertThat(fx(vm::isDirty)).isFalse();
        assertThat(fx(() -> window.documents().recent().list())).first().isEqualTo(file.toAbsolutePath().normalize());
    }

    @Test
    void zoomToFitShowsEveryCard(FxRobot robot) {
        fxRun(() -> window.canvas().requestFocus());
        for (int i = 0; i < 6; i++) {
            robot.push(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        settle();
        assertThat(scale()).isGreaterThan(2);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT0);
        settle();
        Bounds canvasOnScreen = fx(() -> window.canvas().localToScreen(window.canvas().getBoundsInLocal()));
        for (String id : List.of("queue-1", "function-1", "bucket-1")) {
            Component c = fx(() -> vm.design().componentOrNull(id));
            Point2D topLeft = world(c.x(), c.y());
            Point2D bottomRight = world(c.x() + c.effectiveWidth(), c.y() + c.effectiveHeight());
            assertThat(canvasOnScreen.contains(topLeft)).as(id + " top-left visible").isTrue();
            assertThat(canvasOnScreen.contains(bottomRight)).as(id + " bottom-right visible").isTrue();
        }
        assertThat(scale()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void selectingInTheViewModelShowsInTheInspector(FxRobot robot) {
        fxRun(() -> vm.select(Selection.of("bucket-1")));
        settle();
        assertThat(robot.lookup("#inspector-title").queryLabeled().getText()).isEqualTo("Files");
    }
}
