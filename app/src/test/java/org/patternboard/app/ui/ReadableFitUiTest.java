package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;
import static org.patternboard.app.ui.UiTestSupport.waitUntil;

import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.canvas.Viewport;
import org.patternboard.app.files.AppHome;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Group;
import org.patternboard.model.io.DesignFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 18: fit never zooms out past the point where names can be read; a frame's title fits that frame. */
@ExtendWith(ApplicationExtension.class)
class ReadableFitUiTest {
    static final Path BLOCK = Path.of("..", "samples", "src", "main", "resources", "patternboard", "blocks",
            "the-eventbridge-etl.pboard.json");

    @TempDir
    static Path home;

    MainWindow window;
    Architecture design;

    @Start
    void start(Stage stage) throws Exception {
        design = DesignFiles.load(BLOCK);
        window = new MainWindow(stage, Integrations.standard(), new AppHome(home), new TestDialogs(), design);
        stage.show();
    }

    @Test
    void fitStopsAtTheReadableZoomAndAFrameTitleFitsItsFrame(FxRobot robot) {
        waitUntil("the canvas has a size", () -> fx(() -> window.canvas().getWidth() > 0));
        Box content = fx(() -> window.canvas().scene().bounds());
        double width = fx(() -> window.canvas().getWidth());
        double height = fx(() -> window.canvas().getHeight());
        assertThat(Viewport.fit(content, width, height, 40, 1.0).scale()).as("the block is too large to fit readably")
                .isLessThan(Viewport.READABLE_SCALE);

        fx(() -> {
            window.canvas().fitToContent();
            return null;
        });
        Viewport fitted = fx(() -> window.canvas().viewport());
        assertThat(fitted.scale()).isGreaterThanOrEqualTo(Viewport.READABLE_SCALE);
        assertThat(fitted.toScreenX(content.x())).as("starts at the left edge, where flows begin").isCloseTo(40,
                org.assertj.core.data.Offset.offset(1.0));
        assertThat(fx(() -> window.viewModel().messageProperty().get())).contains("double-click a frame");

        Group frame = design.groups().iterator().next();
        Box frameBox = fx(() -> window.canvas().scene().box(frame.id()));
        Point2D title = fx(() -> window.canvas().localToScreen(fitted.toScreenX(frameBox.x() + 60),
                fitted.toScreenY(frameBox.y() + 12)));
        robot.moveTo(title).doubleClickOn();
        Viewport expected = Viewport.fitReadable(frameBox, width, height, 40, 1.5);
        waitUntil("the frame is selected and fitted", () -> fx(() -> {
            Viewport v = window.canvas().viewport();
            return frame.id().equals(window.viewModel().selection().single())
                    && Math.abs(v.scale() - expected.scale()) < 1e-9
                    && Math.abs(v.toScreenX(frameBox.x()) - expected.toScreenX(frameBox.x())) < 1;
        }));
        assertThat(fx(() -> window.canvas().viewport().scale())).isGreaterThanOrEqualTo(Viewport.READABLE_SCALE);
    }

    @Test
    void theMinimapIsSmallAndCtrlMCollapsesAndRestoresIt(FxRobot robot) {
        javafx.scene.Node map = robot.lookup("#minimap").query();
        assertThat(fx(() -> map.getLayoutBounds().getWidth())).isLessThanOrEqualTo(170);
        assertThat(fx(() -> map.getLayoutBounds().getHeight())).isLessThanOrEqualTo(106);
        assertThat(fx(map::isVisible)).isTrue();
        robot.clickOn(window.canvas()).push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.M);
        waitUntil("Ctrl+M collapses the minimap", () -> !fx(map::isVisible));
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.M);
        waitUntil("and brings it back", () -> fx(map::isVisible));
    }
}
