package org.patternboard.exporters.png;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cloudformation.DesignBuilder;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;

/** In the rendered PNG, SQS, SNS and EventBridge cards carry visibly different icons, in their category's pink. */
class PngIconsTest {
    private static final double MARGIN = 32;

    @Test
    void sqsSnsAndEventBridgeAreToldApartAtAGlance() throws Exception {
        Architecture a = new DesignBuilder("three")
                .component("q", "aws.sqs.queue", "Queue")
                .component("t", "aws.sns.topic", "Topic")
                .component("b", "aws.events.eventBus", "Bus")
                .build();
        PngDiagram.Png png = new PngDiagram().render(a, 1, false);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png.bytes()));
        DiagramScene scene = DiagramScene.of(a, Catalog.standard());
        Box bounds = scene.bounds();
        List<int[]> badges = scene.cards().stream().map(c -> badge(image, c.box(), bounds)).toList();
        assertThat(badges).hasSize(3);
        for (int[] b : badges) {
            // An icon, not a blank: the AWS Application Integration pink tile with a glyph on it.
            assertThat(share(b, 0xE7157B)).isBetween(0.3, 0.95);
        }
        for (int i = 0; i < badges.size(); i++) {
            for (int j = i + 1; j < badges.size(); j++) {
                assertThat(differing(badges.get(i), badges.get(j))).as("cards %d and %d", i, j).isGreaterThan(0.08);
            }
        }
    }

    /** The pixels of a card's 40 × 40 icon, as the SVG places it (12 in from the left, centred vertically). */
    private static int[] badge(BufferedImage image, Box card, Box bounds) {
        int x = (int) Math.round(card.x() + 12 - bounds.x() + MARGIN);
        int y = (int) Math.round(card.y() + (card.h() - 40) / 2 - bounds.y() + MARGIN);
        return image.getRGB(x, y, 40, 40, null, 0, 40);
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
