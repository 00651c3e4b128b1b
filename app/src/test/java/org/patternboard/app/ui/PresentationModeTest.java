package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;
import static org.patternboard.app.ui.UiTestSupport.fxRun;
import static org.patternboard.app.ui.UiTestSupport.settle;
import static org.patternboard.app.ui.UiTestSupport.waitUntil;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.files.AppHome;
import org.patternboard.app.files.FileDialogs;
import org.patternboard.app.present.Presentation;
import org.patternboard.app.present.PresentationMode;
import org.patternboard.app.viewmodel.ClasspathBlocks;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.app.viewmodel.RuleEngineChecker;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.edit.SetStory;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.story.FlowWalk;
import org.patternboard.model.story.Slide;
import org.patternboard.model.story.SlideKind;
import org.patternboard.model.story.Story;
import org.patternboard.model.story.StoryGenerator;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Presentation mode in the real window, headless: keys, flow steps, the story dialog, saving the story. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {
    static final String BIG_FAN = "patternboard/samples/the-big-fan.pboard.json";

    @TempDir
    static Path home;
    @TempDir
    Path dir;

    MainWindow window;
    DesignViewModel vm;
    Stage mainStage;
    final TestDialogs dialogs = new TestDialogs();

    static Architecture bigFan() throws Exception {
        try (InputStream in = PresentationModeTest.class.getClassLoader().getResourceAsStream(BIG_FAN)) {
            return DesignFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BIG_FAN);
        }
    }

    @Start
    void start(Stage stage) throws Exception {
        Integrations integrations = new Integrations(RuleEngineChecker.standard(), ClasspathBlocks.load(), null, null,
                null, null);
        window = new MainWindow(stage, integrations, new AppHome(home), dialogs, bigFan());
        vm = window.viewModel();
        mainStage = stage;
        stage.show();
        window.canvas().requestFocus();
    }

    PresentationMode pressF5(FxRobot robot) {
        fxRun(() -> window.canvas().requestFocus());
        robot.push(KeyCode.F5);
        waitUntil("the presentation shows", () -> window.presenter().running() != null);
        PresentationMode mode = fx(() -> window.presenter().running());
        fxRun(() -> mode.setInstant(true));
        return mode;
    }

    static Presentation.Position at(PresentationMode mode) {
        return fx(() -> mode.presentation().position());
    }

    static String text(PresentationMode mode, String id) {
        return fx(() -> ((Label) mode.stage().getScene().lookup(id)).getText());
    }

    void push(FxRobot robot, KeyCode key) {
        robot.push(key);
        settle();
    }

    @Test
    void presentingTheBigFanStepsThroughEverySlideAndTheFlowAndTheReorderedStoryIsSaved(FxRobot robot)
            throws Exception {
        waitUntil("findings are in", () -> vm.checkProperty().get() != null);
        PresentationMode mode = pressF5(robot);
        Stage stage = mode.stage();
        assertThat(fx(stage::isShowing)).isTrue();
        assertThat(fx(stage::isFullScreen)).isTrue();
        assertThat(stage.getStyle()).isEqualTo(StageStyle.UNDECORATED);
        Node root = fx(() -> stage.getScene().getRoot());
        assertThat(fx(() -> root.lookupAll(".menu-bar"))).isEmpty();
        assertThat(fx(() -> root.lookupAll("#palette-search"))).isEmpty();
        assertThat(fx(() -> root.lookupAll(".app-toolbar"))).isEmpty();
        assertThat(fx(() -> stage.getScene().getCursor())).isEqualTo(javafx.scene.Cursor.NONE);

        // Overview, the frame with its block summary and findings, then the API's flow.
        assertThat(fx(() -> mode.presentation().slides().stream().map(Slide::id).toList()))
                .containsExactly("overview", "frame-fan", "flow-orders-api");
        assertThat(at(mode)).isEqualTo(new Presentation.Position(0, 0));
        assertThat(text(mode, "#present-caption")).isEqualTo("The Big Fan");
        assertThat(text(mode, "#present-counter")).isEqualTo("1 / 3");
        assertThat(fx(() -> stage.getScene().lookup("#present-block").isVisible())).isFalse();

        push(robot, KeyCode.RIGHT);
        assertThat(at(mode)).isEqualTo(new Presentation.Position(1, 0));
        assertThat(fx(() -> stage.getScene().lookup("#present-block").isVisible())).isTrue();
        assertThat(text(mode, "#present-block-name")).isEqualTo("The Big Fan");
        assertThat(text(mode, "#present-block-summary")).isNotBlank();
        long openInFrame = fx(() -> vm.checkProperty().get().findings().stream().filter(f -> !f.suppressed() && !f.targets().isEmpty()).count());
        assertThat(openInFrame).isPositive();
        assertThat(fx(() -> ((javafx.scene.layout.VBox) stage.getScene().lookup("#present-block-findings"))
                .getChildren().size())).isEqualTo((int) Math.min(openInFrame, 7));
        assertThat(fx(() -> mode.viewport())).isEqualTo(fx(mode::slideViewport));

        push(robot, KeyCode.SPACE);
        assertThat(at(mode)).isEqualTo(new Presentation.Position(2, 0));
        assertThat(text(mode, "#present-caption")).isEqualTo("Request flow: OrdersApi");
        assertThat(fx(mode::litSteps)).isEmpty();
        List<String> steps = FlowWalk.of(bigFan(), "orders-api").steps().stream().map(FlowWalk.Step::connection)
                .toList();
        assertThat(steps).hasSize(7);
        for (int i = 1; i <= steps.size(); i++) {
            push(robot, i % 2 == 0 ? KeyCode.PAGE_DOWN : KeyCode.RIGHT);
            assertThat(at(mode)).isEqualTo(new Presentation.Position(2, i));
            assertThat(fx(mode::litSteps)).containsExactlyElementsOf(steps.subList(0, i));
            assertThat(text(mode, "#present-step")).isEqualTo("Step " + i + " of 7");
        }
        push(robot, KeyCode.RIGHT);
        assertThat(at(mode)).as("the end stays the end").isEqualTo(new Presentation.Position(2, 7));
        push(robot, KeyCode.LEFT);
        assertThat(at(mode)).isEqualTo(new Presentation.Position(2, 6));
        assertThat(fx(mode::litSteps)).hasSize(6);
        push(robot, KeyCode.HOME);
        assertThat(at(mode)).isEqualTo(new Presentation.Position(0, 0));
        push(robot, KeyCode.PAGE_UP);
        assertThat(at(mode)).isEqualTo(new Presentation.Position(0, 0));
        push(robot, KeyCode.END);
        assertThat(at(mode)).isEqualTo(new Presentation.Position(2, 0));
        push(robot, KeyCode.PAGE_UP);
        assertThat(at(mode)).as("back to the frame").isEqualTo(new Presentation.Position(1, 0));

        push(robot, KeyCode.B);
        assertThat(fx(() -> stage.getScene().lookup("#present-blank").isVisible())).isTrue();
        push(robot, KeyCode.RIGHT);
        assertThat(fx(() -> stage.getScene().lookup("#present-blank").isVisible())).isFalse();
        assertThat(at(mode)).as("a key on a blank screen only brings the picture back")
                .isEqualTo(new Presentation.Position(1, 0));
        push(robot, KeyCode.B);
        push(robot, KeyCode.B);
        assertThat(fx(() -> stage.getScene().lookup("#present-blank").isVisible())).isFalse();

        robot.moveTo(fx(() -> window.canvas().localToScreen(200, 200)));
        settle();
        push(robot, KeyCode.ESCAPE);
        assertThat(fx(stage::isShowing)).isFalse();
        assertThat(fx(() -> window.presenter().running())).isNull();
        assertThat(fx(mainStage::isShowing)).isTrue();
        assertThat(fx(() -> vm.design().story())).as("presenting alone changes nothing").isEmpty();

        // Reorder in the slide sorter: the flow moves before the frame, one undoable edit.
        fxRun(() -> menuItem("menu-story").fire());
        settle();
        Stage storyStage = fx(() -> window.presenter().storyStage());
        assertThat(fx(storyStage::isShowing)).isTrue();
        @SuppressWarnings("unchecked")
        ListView<Slide> list = (ListView<Slide>) fx(() -> storyStage.getScene().lookup("#story-list"));
        fxRun(() -> list.getSelectionModel().select(2));
        robot.clickOn(fx(() -> storyStage.getScene().lookup("#story-up")));
        settle();
        assertThat(fx(() -> vm.design().story().orElseThrow().slides().stream().map(Slide::id).toList()))
                .containsExactly("overview", "flow-orders-api", "frame-fan");
        assertThat(fx(() -> list.getSelectionModel().getSelectedItem().id())).isEqualTo("flow-orders-api");
        robot.clickOn(fx(() -> storyStage.getScene().lookup("#story-notes"))).write("Start at the API.");
        robot.clickOn(fx(() -> storyStage.getScene().lookup("#story-apply")));
        settle();
        assertThat(fx(() -> vm.design().story().orElseThrow().slide("flow-orders-api").orElseThrow().notes()))
                .isEqualTo("Start at the API.");
        fxRun(() -> window.run("undo"));
        assertThat(fx(() -> vm.design().story().orElseThrow().slide("flow-orders-api").orElseThrow().notes())).isEmpty();
        fxRun(() -> window.run("redo"));
        fxRun(storyStage::close);

        Path file = dir.resolve("fan.pboard.json");
        assertThat(fx(() -> window.documents().saveTo(file))).isTrue();
        Architecture reloaded = DesignFiles.load(file);
        assertThat(reloaded.story().orElseThrow().slides()).extracting(Slide::id)
                .containsExactly("overview", "flow-orders-api", "frame-fan");
        assertThat(Files.readString(file)).isEqualTo(DesignFiles.toCanonicalJson(reloaded));

        // Reopened, the presentation follows the saved order.
        dialogs.discardAnswer = FileDialogs.Discard.DISCARD;
        Architecture fresh = bigFan();
        fxRun(() -> vm.open(fresh, null));
        assertThat(fx(() -> window.documents().open(file))).isTrue();
        fxRun(() -> menuItem("menu-present").fire());
        waitUntil("the presentation shows again", () -> window.presenter().running() != null);
        PresentationMode again = fx(() -> window.presenter().running());
        assertThat(fx(() -> again.presentation().slides().stream().map(Slide::id).toList()))
                .containsExactly("overview", "flow-orders-api", "frame-fan");
        push(robot, KeyCode.RIGHT);
        assertThat(text(again, "#present-caption")).isEqualTo("Request flow: OrdersApi");
        push(robot, KeyCode.ESCAPE);
    }

    @Test
    void aDesignImportedFromACloudFormationTemplateGetsFlowsAndIsPresented(FxRobot robot) {
        Path template = Path.of("..", "exporters", "src", "test", "resources", "import", "sam-orders.yaml");
        assertThat(template).exists();
        dialogs.discardAnswer = FileDialogs.Discard.DISCARD;
        assertThat(fx(() -> window.documents().open(template))).isTrue();
        Architecture imported = fx(vm::design);
        assertThat(imported.name()).isEqualTo("sam-orders");
        Story story = StoryGenerator.standard().storyOf(imported);
        List<Slide> flows = story.slides().stream().filter(s -> s.kind() == SlideKind.FLOW).toList();
        assertThat(flows).isNotEmpty();
        PresentationMode mode = pressF5(robot);
        int total = 0;
        for (Slide s : story.visible()) {
            total += 1 + (s.kind() == SlideKind.FLOW ? FlowWalk.of(imported, s.target()).size() : 0);
        }
        for (int i = 1; i < total; i++) {
            robot.push(KeyCode.RIGHT);
        }
        settle();
        Slide last = story.visible().get(story.visible().size() - 1);
        assertThat(at(mode)).isEqualTo(new Presentation.Position(story.visible().size() - 1,
                last.kind() == SlideKind.FLOW ? FlowWalk.of(imported, last.target()).size() : 0));
        int firstFlow = story.visible().indexOf(flows.get(0));
        push(robot, KeyCode.HOME);
        for (int i = 0; i < firstFlow; i++) {
            robot.push(KeyCode.RIGHT);
        }
        push(robot, KeyCode.RIGHT);
        assertThat(text(mode, "#present-caption")).startsWith("Request flow: ");
        assertThat(fx(mode::litSteps)).containsExactly(FlowWalk.of(imported, flows.get(0).target()).steps().get(0)
                .connection());
        push(robot, KeyCode.ESCAPE);
        assertThat(fx(() -> window.presenter().running())).isNull();
    }

    @Test
    void theCameraGlidesToTheNextSlideAndThePresenterViewShowsNotesAndTheNextSlide(FxRobot robot) throws Exception {
        Story story = StoryGenerator.standard().storyOf(fx(vm::design));
        fxRun(() -> vm.apply(new SetStory(story.with(story.slides().get(0).withNotes("Say hello.")), "Notes")));
        PresentationMode mode = fx(() -> window.presenter().present(new PresentationMode.Options(Screen.getPrimary(),
                Screen.getPrimary(), true, mainStage.getScene().getStylesheets(), false)));
        settle();
        Stage presenter = fx(mode::presenterStage);
        assertThat(fx(presenter::isShowing)).isTrue();
        assertThat(fx(() -> ((Label) presenter.getScene().lookup("#presenter-notes")).getText())).isEqualTo("Say hello.");
        assertThat(fx(() -> ((Label) presenter.getScene().lookup("#presenter-next")).getText())).isEqualTo("The Big Fan");
        assertThat(fx(() -> mode.stage().getScene().getRoot().getStyleClass())).contains("large-text");

        var before = fx(mode::viewport);
        assertThat(fx(() -> {
            mode.presentation().forward();
            return mode.isAnimating();
        })).as("the camera moves, it does not jump").isTrue();
        var target = fx(mode::slideViewport);
        assertThat(target).isNotEqualTo(before);
        waitUntil("the camera arrives", () -> !mode.isAnimating());
        assertThat(fx(mode::viewport)).isEqualTo(target);
        assertThat(fx(() -> ((Label) presenter.getScene().lookup("#presenter-current")).getText())).isEqualTo("The Big Fan");
        assertThat(fx(() -> ((Label) presenter.getScene().lookup("#presenter-next")).getText()))
                .isEqualTo("Request flow: OrdersApi");

        // A picture of a flow slide for the docs: the lit badges are orange.
        fxRun(() -> {
            mode.setInstant(true);
            mode.presentation().forward();
            mode.presentation().forward();
            mode.presentation().forward();
            mode.presentation().forward();
        });
        settle();
        javafx.scene.image.WritableImage shot = fx(() -> mode.stage().getScene().snapshot(null));
        assertThat(orangePixels(shot)).isGreaterThan(50);
        String out = System.getProperty("patternboard.docImages");
        if (out != null) {
            Path png = Path.of(out).resolve("present.png");
            Files.createDirectories(png.getParent());
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png", png.toFile());
        }
        fxRun(mode::close);
        assertThat(fx(presenter::isShowing)).isFalse();
    }

    /** A View menu item by id (the menu bar is the system one where there is one, so it is not clicked). */
    javafx.scene.control.MenuItem menuItem(String id) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.scene().lookup(".menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId()))
                .findFirst().orElseThrow();
    }

    static int orangePixels(javafx.scene.image.Image image) {
        int n = 0;
        javafx.scene.image.PixelReader r = image.getPixelReader();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                javafx.scene.paint.Color c = r.getColor(x, y);
                if (c.getRed() > 0.9 && Math.abs(c.getGreen() - 0.6) < 0.08 && c.getBlue() < 0.15) {
                    n++;
                }
            }
        }
        return n;
    }
}
