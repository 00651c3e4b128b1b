package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.files.AppHome;
import org.patternboard.app.palette.GlyphBadge;
import org.patternboard.app.viewmodel.ClasspathBlocks;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The canvas and the palette draw the same AWS icons as the exports: SQS, SNS and EventBridge look different. */
@ExtendWith(ApplicationExtension.class)
class IconsUiTest {
    @TempDir
    static Path home;

    MainWindow window;

    static Architecture design() {
        return Architecture.of("Icons", "", List.of(
                Component.of("q", "aws.sqs.queue", "Queue", 100, 100),
                Component.of("t", "aws.sns.topic", "Topic", 400, 100),
                Component.of("b", "aws.events.eventBus", "Bus", 700, 100)),
                List.of(), List.of(), List.of(), List.of(), Map.of());
    }

    @Start
    void start(Stage stage) {
        Integrations integrations = new Integrations(null, ClasspathBlocks.load(), null, null, null, null);
        window = new MainWindow(stage, integrations, new AppHome(home), new TestDialogs(), design());
        stage.show();
    }

    @Test
    void theCanvasDrawsEachServicesOwnIcon() {
        WritableImage image = fx(() -> window.canvas().renderImage(2));
        DiagramScene scene = DiagramScene.of(design(), Catalog.standard());
        Box area = scene.bounds().inflate(32);
        List<int[]> badges = scene.cards().stream().map(c -> badge(image.getPixelReader(), c.box(), area, 2)).toList();
        for (int[] b : badges) {
            // The AWS Application Integration tile with a white glyph on it, not a plain tile.
            assertThat(share(b, 0xE7157B)).isBetween(0.3, 0.95);
        }
        for (int i = 0; i < badges.size(); i++) {
            for (int j = i + 1; j < badges.size(); j++) {
                assertThat(differing(badges.get(i), badges.get(j))).as("cards %d and %d", i, j).isGreaterThan(0.08);
            }
        }
    }

    @Test
    void thePaletteShowsEveryCuratedTypesIcon() {
        for (ComponentType t : Catalog.standard().types()) {
            List<SVGPath> paths = fx(() -> paths(new GlyphBadge(t.id(), t.cloudFormationType(), t.category(), 26)));
            assertThat(paths).as(t.id()).isNotEmpty();
        }
        String sqs = fx(() -> content(new GlyphBadge("aws.sqs.queue", null, null, 26)));
        String sns = fx(() -> content(new GlyphBadge("aws.sns.topic", null, null, 26)));
        String bus = fx(() -> content(new GlyphBadge("aws.events.eventBus", null, null, 26)));
        assertThat(List.of(sqs, sns, bus)).doesNotHaveDuplicates();
        assertThat(fx(() -> paths(new GlyphBadge("aws.sqs.queue", null, null, 26)).get(0).getFill()))
                .isEqualTo(Color.web("#E7157B"));
    }

    private static List<SVGPath> paths(javafx.scene.Parent p) {
        return p.lookupAll("SVGPath").stream().map(SVGPath.class::cast).toList();
    }

    private static String content(javafx.scene.Parent p) {
        return String.join(" ", paths(p).stream().map(SVGPath::getContent).toList());
    }

    /** The pixels of a card's 40 × 40 icon square (12 in from the left, centred vertically), at {@code s} px per unit. */
    private static int[] badge(PixelReader r, Box card, Box area, int s) {
        int side = 40 * s;
        int x0 = (int) Math.round((card.x() + 12 - area.x()) * s);
        int y0 = (int) Math.round((card.y() + (card.h() - 40) / 2 - area.y()) * s);
        int[] px = new int[side * side];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                px[y * side + x] = r.getArgb(x0 + x, y0 + y);
            }
        }
        return px;
    }

    private static double share(int[] pixels, int rgb) {
        int n = 0;
        for (int p : pixels) {
            if (close(p & 0xFFFFFF, rgb)) {
                n++;
            }
        }
        return n / (double) pixels.length;
    }

    private static double differing(int[] a, int[] b) {
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (!close(a[i] & 0xFFFFFF, b[i] & 0xFFFFFF)) {
                n++;
            }
        }
        return n / (double) a.length;
    }

    private static boolean close(int p, int q) {
        return Math.abs((p >> 16 & 255) - (q >> 16 & 255)) < 24 && Math.abs((p >> 8 & 255) - (q >> 8 & 255)) < 24
                && Math.abs((p & 255) - (q & 255)) < 24;
    }
}
