package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;
import static org.patternboard.app.ui.UiTestSupport.fxRun;
import static org.patternboard.app.ui.UiTestSupport.settle;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.files.AppHome;
import org.patternboard.app.viewmodel.ClasspathBlocks;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.io.DesignFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File › Compare with › File…: the lists in a window, the marks on the canvas, gone when the window closes. */
@ExtendWith(ApplicationExtension.class)
class CompareUiTest {
    static final Path BIG_FAN = Path.of("..", "samples", "src", "main", "resources", "patternboard", "samples",
            "the-big-fan.pboard.json");

    @TempDir
    static Path home;
    @TempDir
    Path dir;

    MainWindow window;
    DesignViewModel vm;
    final TestDialogs dialogs = new TestDialogs();

    @Start
    void start(Stage stage) throws Exception {
        Integrations integrations = new Integrations(null, ClasspathBlocks.load(), null, null, null, null);
        window = new MainWindow(stage, integrations, new AppHome(home), dialogs, DesignFiles.load(BIG_FAN));
        vm = window.viewModel();
        stage.show();
    }

    @Test
    void comparingWithAnOlderCopyListsTheChangesAndMarksTheCanvas(FxRobot robot) throws Exception {
        // The other file is the baseline: less memory, no other-dlq yet, and a component since removed.
        Architecture open = DesignFiles.load(BIG_FAN);
        Architecture older = open.withComponent(open.componentOrNull("created-fn").withProperty("memorySize", 128))
                .withoutComponent("other-dlq").withoutConnection("c-other-dlq")
                .withComponent(Component.of("legacy", "aws.sqs.queue", "LegacyQueue", 80, 700));
        Path other = dir.resolve("older.pboard.json");
        DesignFiles.save(older, other);

        dialogs.openAnswers.add(other);
        fire(robot, "menu-compare-file");
        settle();

        assertThat(dialogs.lastError).isNull();
        @SuppressWarnings("unchecked")
        List<String> lines = fx(() -> List.copyOf(((ListView<String>) robot.lookup("#compare-list").query()).getItems()));
        assertThat(lines).contains("  ~ created-fn  Lambda function \u201cHandleCreated\u201d", "      memorySize: 128 \u2192 256")
                .anySatisfy(l -> assertThat(l).startsWith("  + other-dlq"))
                .anySatisfy(l -> assertThat(l).startsWith("  - legacy"));
        assertThat(robot.lookup("#compare-summary").queryLabeled().getText())
                .contains("older.pboard.json").contains("1 added, 1 removed, 1 changed");
        assertThat(fx(() -> window.canvas().diffMarks())).isEqualTo(Map.of("created-fn", "changed", "other-dlq", "added"));

        // The marks follow an edit while the window is open.
        fxRun(() -> vm.apply(new org.patternboard.model.edit.ReplaceComponent("created-fn",
                vm.design().componentOrNull("created-fn").withProperty("memorySize", 128), "Set memory")));
        settle();
        assertThat(fx(() -> window.canvas().diffMarks())).isEqualTo(Map.of("other-dlq", "added"));

        robot.clickOn("#compare-close");
        settle();
        assertThat(fx(() -> window.canvas().diffMarks())).isEmpty();
    }

    @Test
    void comparingWithARevisionNeedsASavedFile(FxRobot robot) {
        fire(robot, "menu-compare-revision");
        settle();
        assertThat(dialogs.lastError).contains("Compare with Revision").contains("Save the design");
        assertThat(fx(() -> window.canvas().diffMarks())).isEmpty();
    }

    private static void fire(FxRobot robot, String id) {
        fxRun(() -> {
            MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
            find(bar.getMenus(), id).fire();
        });
    }

    private static MenuItem find(List<? extends MenuItem> items, String id) {
        for (MenuItem i : items) {
            if (id.equals(i.getId())) {
                return i;
            }
            if (i instanceof Menu m) {
                MenuItem inner = find(m.getItems(), id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
