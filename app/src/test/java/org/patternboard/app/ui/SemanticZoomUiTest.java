package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;

import java.nio.file.Path;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.files.AppHome;
import org.patternboard.model.io.DesignFiles;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Issue 18's semantic zoom: zoomed out, cards keep their icon and name (drawn at a size that reads), and further
 * out only the frames' titles remain. Checked by drawing the design at each zoom before and after renaming.
 */
@ExtendWith(ApplicationExtension.class)
class SemanticZoomUiTest {
    static final Path BLOCK = Path.of("..", "samples", "src", "main", "resources", "patternboard", "blocks",
            "the-big-fan.pboard.json");

    @TempDir
    static Path home;

    MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = new MainWindow(stage, Integrations.standard(), new AppHome(home), new TestDialogs(), DesignFiles.load(BLOCK));
        stage.show();
    }

    @Test
    void zoomLevelsKeepIconAndNameThenTitlesAlone() {
        String card = fx(() -> window.viewModel().design().components().iterator().next().id());
        String frame = fx(() -> window.viewModel().design().groups().iterator().next().id());
        WritableImage near = draw(0.4);
        WritableImage far = draw(0.2);
        rename(card, "WWWWWWWW");
        assertThat(differ(near, draw(0.4))).as("at 40 %% the card's name is drawn").isTrue();
        assertThat(differ(far, draw(0.2))).as("at 20 %% card names are not drawn").isFalse();
        rename(frame, "Renamed frame title");
        assertThat(differ(far, draw(0.2))).as("at 20 %% the frame's title is drawn").isTrue();
    }

    private void rename(String id, String name) {
        fx(() -> window.viewModel().edit(a -> window.viewModel().edits().rename(a, id, name)));
    }

    private WritableImage draw(double scale) {
        return fx(() -> window.canvas().renderImage(scale));
    }

    private static boolean differ(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return true;
        }
        var ra = a.getPixelReader();
        var rb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }
}
