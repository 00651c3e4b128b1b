package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;
import static org.patternboard.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.files.AppHome;
import org.patternboard.model.io.DesignFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 15's first run: the welcome view lists the recent designs, and Enter opens the first one. */
@ExtendWith(ApplicationExtension.class)
class WelcomeViewUiTest {
    @TempDir
    static Path home;

    MainWindow window;
    Path recent;

    @Start
    void start(Stage stage) throws Exception {
        recent = home.resolve("orders.pboard.json");
        DesignFiles.save(DesignWorkflowTest.design(), recent);
        AppHome appHome = new AppHome(home);
        new org.patternboard.app.files.RecentFiles(appHome).add(recent);
        window = new MainWindow(stage, Integrations.standard(), appHome, new TestDialogs(),
                org.patternboard.app.files.SampleLibrary.defaultDesign());
        stage.show();
    }

    @Test
    void listsRecentDesignsAndEnterOpensTheSelectedOne(FxRobot robot) {
        fx(() -> {
            window.welcome();
            return null;
        });
        waitUntil("the welcome view is open", () -> !robot.lookup("#welcome-recent").queryAll().isEmpty());
        ListView<?> list = robot.lookup("#welcome-recent").queryAs(ListView.class);
        assertThat(fx(() -> list.getItems().size())).isEqualTo(1);
        assertThat(robot.lookup("#welcome-new").queryAll()).hasSize(1);
        assertThat(robot.lookup("#welcome-import").queryAll()).hasSize(1);
        assertThat(robot.lookup("#welcome-gallery").queryAll()).hasSize(1);
        waitUntil("the recent list has the focus", () -> fx(list::isFocused));
        robot.type(KeyCode.ENTER);
        waitUntil("the recent design is open", () -> fx(() -> recent.toAbsolutePath().normalize()
                .equals(window.viewModel().fileProperty().get())));
        assertThat(robot.lookup("#welcome-recent").queryAll()).as("the view closed").isEmpty();
    }
}
