package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javafx.concurrent.Worker;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.export.CdkProject;
import org.patternboard.app.export.ExportActions;
import org.patternboard.app.files.AppHome;
import org.patternboard.model.design.Architecture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * File ▸ Export ▸ CDK Java project from the window: the real exporter writes the project and synthesizes it
 * in-process behind a progress dialog, and Cancel in that dialog closes it, stops the work before synthesis and
 * says so in the status bar.
 */
@ExtendWith(ApplicationExtension.class)
class CdkExportFromWindowTest {
    @TempDir
    static Path home;

    @TempDir
    Path out;

    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, Integrations.standard(), new AppHome(home), new TestDialogs(),
                DesignWorkflowTest.design());
        stage.show();
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        fx(() -> {
            robot.lookup(".dialog-pane").queryAllAs(DialogPane.class)
                    .forEach(p -> p.getScene().getWindow().hide());
            return null;
        });
    }

    @Test
    void theProjectIsWrittenAndSynthesizedWithProgress(FxRobot robot) throws Exception {
        Path dir = out.resolve("orders-cdk");
        Worker<Void> task = fx(() -> window.exports().runCdk(dir, true));

        // The first synthesis starts the jsii runtime (about 5 s here); allow for a slow, shared machine.
        waitFor(task, 180);

        assertThat(fx(task::getState)).as("export task, failed with %s", fx(task::getException)).isEqualTo(Worker.State.SUCCEEDED);
        assertThat(dir.resolve("pom.xml")).exists();
        assertThat(dir.resolve("src/main/java/com/myorg/OrdersStack.java")).exists();
        Path template;
        try (Stream<Path> files = Files.list(dir.resolve("cdk.out"))) {
            template = files.filter(p -> p.toString().endsWith(".template.json")).findFirst().orElseThrow();
        }
        assertThat(Files.readString(template)).contains("AWS::SQS::Queue", "AWS::Lambda::Function", "AWS::Lambda::EventSourceMapping");
        String log = progressLog(robot);
        assertThat(log).contains("Wrote " + dir, "Synthesized into " + dir.resolve("cdk.out"));
        assertThat(fx(() -> robot.lookup(".dialog-pane").queryAs(DialogPane.class).getButtonTypes()))
                .containsExactly(ButtonType.CLOSE);
    }

    @Test
    void cancelInTheProgressDialogStopsBeforeSynthesis(FxRobot robot) throws Exception {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean synthesized = new AtomicBoolean();
        CdkProject slow = new CdkProject() {
            @Override
            public void write(Architecture design, Path projectDir) throws Exception {
                writing.countDown();
                release.await(30, TimeUnit.SECONDS);
            }

            @Override
            public void synth(Path projectDir, Path cdkOut, Consumer<String> progress) {
                synthesized.set(true);
            }
        };
        ExportActions actions = fx(() -> new ExportActions(stage, window.viewModel(), window.canvas(), null, null, slow));
        Worker<Void> task = fx(() -> actions.runCdk(out.resolve("never"), true));
        assertThat(writing.await(15, TimeUnit.SECONDS)).as("export started").isTrue();

        Button cancel = fx(() -> (Button) robot.lookup(".dialog-pane").queryAs(DialogPane.class).lookupButton(ButtonType.CANCEL));
        robot.clickOn(cancel);
        release.countDown();
        waitFor(task, 15);

        assertThat(fx(task::getState)).isEqualTo(Worker.State.CANCELLED);
        assertThat(synthesized).as("synthesis after Cancel").isFalse();
        assertThat(fx(() -> robot.lookup(".dialog-pane").tryQuery().isPresent())).as("progress dialog open").isFalse();
        assertThat(fx(() -> window.viewModel().messageProperty().get())).startsWith("Cancelled the CDK export");
    }

    private static void waitFor(Worker<Void> task, int seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> fx(() -> switch (task.getState()) {
            case SUCCEEDED, FAILED, CANCELLED -> true;
            default -> false;
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String progressLog(FxRobot robot) {
        return fx(() -> {
            List<TextArea> areas = robot.lookup(".dialog-pane .text-area").queryAllAs(TextArea.class).stream().toList();
            return areas.isEmpty() ? "" : areas.get(0).getText();
        });
    }
}
