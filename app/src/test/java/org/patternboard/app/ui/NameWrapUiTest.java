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
import org.patternboard.app.files.AppHome;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.model.io.DesignFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Issue 18: a long name takes two lines on its card, and when even that cuts it the tooltip shows it whole. */
@ExtendWith(ApplicationExtension.class)
class NameWrapUiTest {
    static final String LONG = "CustomerOrderConfirmationNotificationHandler";

    @TempDir
    static Path home;

    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        var design = DesignFiles.parse("""
                {"format": "patternboard", "schemaVersion": 1, "name": "Names",
                 "components": [
                   {"id": "long", "type": "aws.lambda.function", "name": "%s", "x": 40, "y": 80},
                   {"id": "two", "type": "aws.lambda.function", "name": "ProtectedFunction", "x": 300, "y": 80},
                   {"id": "short", "type": "aws.sqs.queue", "name": "Orders", "x": 560, "y": 80}]}
                """.formatted(LONG), "names");
        window = new MainWindow(stage, Integrations.standard(), new AppHome(home), new TestDialogs(), design);
        stage.show();
    }

    private Point2D centreOf(String id) {
        return fx(() -> {
            Box b = window.canvas().scene().box(id);
            var v = window.canvas().viewport();
            return window.canvas().localToScreen(v.toScreenX(b.centerX()), v.toScreenY(b.centerY()));
        });
    }

    @Test
    void longNamesWrapThenGetATooltip(FxRobot robot) {
        var two = fx(() -> window.canvas().scene().cards().stream().filter(c -> c.id().equals("two")).findFirst().orElseThrow());
        assertThat(two.nameLines()).containsExactly("Protected", "Function");
        assertThat(two.nameCut()).isFalse();

        robot.moveTo(centreOf("long"));
        waitUntil("the tooltip names the card whole", () -> LONG.equals(fx(() -> window.canvas().nameTipText())));
        robot.moveTo(centreOf("two"));
        waitUntil("a name shown whole needs no tooltip", () -> fx(() -> window.canvas().nameTipText()) == null);
        robot.moveTo(centreOf("long"));
        waitUntil("back on the long name", () -> LONG.equals(fx(() -> window.canvas().nameTipText())));
        robot.moveTo(centreOf("short"));
        waitUntil("and off again", () -> fx(() -> window.canvas().nameTipText()) == null);
    }
}
