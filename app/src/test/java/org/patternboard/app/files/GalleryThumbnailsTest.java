package org.patternboard.app.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.patternboard.app.viewmodel.BlockInfo;
import org.patternboard.app.viewmodel.ClasspathBlocks;
import org.patternboard.model.design.Architecture;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Every sample and every pattern block in the gallery gets a thumbnail that shows its diagram, drawn once. */
@ExtendWith(ApplicationExtension.class)
class GalleryThumbnailsTest {
    @Start
    void start(Stage stage) {
        // Images need the JavaFX toolkit; no window is needed.
    }

    @Test
    void everySampleAndBlockHasANonBlankThumbnail() throws Exception {
        Map<String, Architecture> all = new LinkedHashMap<>();
        SampleLibrary.samples().forEach(s -> all.put("sample:" + s.file(), s.design()));
        for (BlockInfo b : ClasspathBlocks.load().blocks()) {
            all.put("block:" + b.id(), b.design());
        }
        assertThat(all).hasSizeGreaterThan(40);
        assertThat(all.keySet().stream().filter(k -> k.startsWith("sample:"))).hasSizeGreaterThan(1);
        for (Map.Entry<String, Architecture> e : all.entrySet()) {
            Image image = Thumbnails.shared().of(e.getKey(), e.getValue()).get(60, TimeUnit.SECONDS);
            assertThat(image.isError()).as(e.getKey()).isFalse();
            assertThat(image.getWidth()).as(e.getKey()).isBetween(40.0, Thumbnails.WIDTH * 2 + 1);
            assertThat(image.getHeight()).as(e.getKey()).isBetween(20.0, Thumbnails.HEIGHT * 2 + 1);
            assertThat(inked(image)).as(e.getKey() + ": share of pixels that are not background").isGreaterThan(0.03);
        }
    }

    @Test
    void aThumbnailIsDrawnOnceAndThenComesFromTheCache() throws Exception {
        Architecture design = SampleLibrary.samples().get(0).design();
        Image first = Thumbnails.shared().of("sample:cache-test", design).get(60, TimeUnit.SECONDS);
        assertThat(Thumbnails.shared().of("sample:cache-test", design).get(1, TimeUnit.SECONDS)).isSameAs(first);
    }

    /** The share of pixels that differ from the background (the top-left pixel, in the margin). */
    private static double inked(Image image) {
        PixelReader r = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int background = r.getArgb(0, 0);
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (r.getArgb(x, y) != background) {
                    n++;
                }
            }
        }
        return n / (double) (w * h);
    }
}
