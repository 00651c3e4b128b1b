package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.export.PngOptionsDialog;
import org.patternboard.app.files.AppHome;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** File ▸ Export ▸ Diagram as draw.io… and Diagram as PNG… (scale, transparent background) from the window. */
@ExtendWith(ApplicationExtension.class)
class DiagramExportFromWindowTest {
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
    void theExportMenuOffersDrawio(FxRobot robot) {
        MenuBar bar = fx(() -> robot.lookup(".menu-bar").queryAs(MenuBar.class));
        List<MenuItem> found = new ArrayList<>();
        fx(() -> {
            bar.getMenus().forEach(m -> collect(m, found));
            return null;
        });
        assertThat(found).extracting(MenuItem::getText).containsExactly("Diagram as draw.io\u2026");
    }

    private static void collect(Menu menu, List<MenuItem> found) {
        for (MenuItem i : menu.getItems()) {
            if ("menu-export-drawio".equals(i.getId())) {
                found.add(i);
            }
            if (i instanceof Menu sub) {
                collect(sub, found);
            }
        }
    }

    @Test
    void drawioExportHoldsTheDesignAsAws4Shapes() throws Exception {
        Path file = out.resolve("orders.drawio");
        fx(() -> {
            window.exports().writeDrawio(file);
            return null;
        });
        String xml = Files.readString(file);
        assertThat(xml).startsWith("<mxfile host=\"Patternboard\"");
        assertThat(xml).contains("value=\"Orders&#xa;SQS queue\"").contains("resIcon=mxgraph.aws4.sqs;")
                .contains("value=\"Worker&#xa;Lambda function\"").contains("resIcon=mxgraph.aws4.lambda;");
        assertThat(xml).contains("edge=\"1\" parent=\"1\" source=\"component-queue-1\" target=\"component-function-1\"");
    }

    @Test
    void pngExportScalesAndCanBeTransparent() throws Exception {
        Path one = out.resolve("one.png");
        Path three = out.resolve("three.png");
        // off the FX thread, as the menu action runs it: rasterizing is slow work
        window.exports().writePng(one, 1, false);
        window.exports().writePng(three, 3, true);
        BufferedImage a = ImageIO.read(one.toFile());
        BufferedImage b = ImageIO.read(three.toFile());
        assertThat(b.getWidth()).isCloseTo(3 * a.getWidth(), Offset.offset(2));
        assertThat(b.getHeight()).isCloseTo(3 * a.getHeight(), Offset.offset(2));
        assertThat(a.getRGB(0, 0)).as("white corner").isEqualTo(0xFFFFFFFF);
        assertThat(b.getRGB(0, 0) >>> 24).as("transparent corner alpha").isZero();
        assertThat(b.getRGB(b.getWidth() - 1, b.getHeight() - 1) >>> 24).isZero();
    }

    @Test
    void thePngDialogReturnsTheChosenScaleAndBackground() {
        PngOptionsDialog.Options chosen = fx(() -> {
            PngOptionsDialog d = new PngOptionsDialog(null);
            @SuppressWarnings("unchecked")
            ChoiceBox<Double> scale = (ChoiceBox<Double>) d.getDialogPane().lookup("#png-scale");
            assertThat(scale.getItems()).containsExactly(1.0, 2.0, 3.0, 4.0);
            scale.setValue(4.0);
            ((CheckBox) d.getDialogPane().lookup("#png-transparent")).setSelected(true);
            return d.getResultConverter().call(ButtonType.OK);
        });
        assertThat(chosen).isEqualTo(new PngOptionsDialog.Options(4.0, true));
        assertThat(fx(() -> new PngOptionsDialog(null).getResultConverter().call(ButtonType.CANCEL))).isNull();
    }
}
