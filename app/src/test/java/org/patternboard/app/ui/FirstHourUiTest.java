package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;
import static org.patternboard.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.files.AppHome;
import org.patternboard.app.viewmodel.DesignCheck;
import org.patternboard.model.rules.Severity;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 18's small things a new user notices: Ctrl+F and "/" search, and what the status bar says after an export. */
@ExtendWith(ApplicationExtension.class)
class FirstHourUiTest {
    @TempDir
    static Path home;

    @TempDir
    Path out;

    MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, Integrations.standard(), new AppHome(home), new TestDialogs(),
                DesignWorkflowTest.design());
        stage.show();
    }

    @Test
    void ctrlFAndSlashFocusThePaletteSearchWithoutTypingTheSlash(FxRobot robot) {
        TextField search = fx(() -> window.palette().searchField());
        robot.clickOn(window.canvas());
        assertThat(fx(search::isFocused)).isFalse();
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil("Ctrl+F focuses the search", () -> fx(search::isFocused));

        robot.clickOn(window.canvas());
        waitUntil("the canvas has the focus again", () -> fx(() -> !search.isFocused()));
        robot.type(KeyCode.SLASH);
        waitUntil("/ focuses the search", () -> fx(search::isFocused));
        assertThat(fx(() -> search.getText())).as("the / itself is not typed into the search").isEmpty();
        robot.write("sqs");
        assertThat(fx(() -> search.getText())).isEqualTo("sqs");
        robot.type(KeyCode.SLASH);
        assertThat(fx(() -> search.getText())).as("in a text field / is just a character").isEqualTo("sqs/");
    }

    @Test
    void afterAnExportTheStatusBarNamesTheFullPathAndTheOpenFindings(FxRobot robot) throws Exception {
        waitUntil("the findings are in", () -> fx(() -> window.viewModel().checkProperty().get() != null));
        DesignCheck check = fx(() -> window.viewModel().checkProperty().get());
        long errors = check.findings().stream().filter(f -> !f.suppressed() && f.severity() == Severity.ERROR).count();
        Path file = out.resolve("orders.drawio");
        fx(() -> {
            window.exports().writeDrawio(file);
            window.viewModel().exported(file);
            return null;
        });
        assertThat(file).exists();
        Label message = fx(() -> robot.lookup("#status-message").queryAs(Label.class));
        assertThat(fx(message::getText)).startsWith("Exported " + file.toAbsolutePath())
                .contains(errors + " error");
        Hyperlink openFolder = fx(() -> robot.lookup("#status-open-folder").queryAs(Hyperlink.class));
        Hyperlink findings = fx(() -> robot.lookup("#status-show-findings").queryAs(Hyperlink.class));
        assertThat(fx(openFolder::isVisible)).isTrue();
        assertThat(fx(findings::isVisible)).isEqualTo(errors > 0);
        assertThat(fx(() -> window.viewModel().exportFolder())).as("the next export dialog starts here")
                .isEqualTo(out.toAbsolutePath().normalize());
        assertThat(Files.size(file)).isPositive();
    }
}
