package org.patternboard.exporters.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.diff.DesignDiff;

/**
 * The picture in docs/diff.md is the diff of the documented Big Fan edit, as the code draws it today.
 * Regenerate with {@code -Dpatternboard.docs.write=true}.
 */
class DiffDocsTest {
    static final Path IMAGES = Path.of("..", "docs", "images");
    static final Path SVG = IMAGES.resolve("diff-the-big-fan.svg");
    static final Path PNG = IMAGES.resolve("diff-the-big-fan.png");

    @Test
    void theDocumentedDiffPictureIsCurrent() throws Exception {
        Architecture before = BigFanEdit.before();
        Architecture after = BigFanEdit.after();
        String svg = DiffSvg.render(DesignDiff.between(before, after), before, after);
        if (Boolean.getBoolean("patternboard.docs.write")) {
            Files.writeString(SVG, svg);
            try (OutputStream out = Files.newOutputStream(PNG)) {
                PNGTranscoder png = new PNGTranscoder();
                png.transcode(new TranscoderInput(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))),
                        new TranscoderOutput(out));
            }
        }
        assertThat(Files.readString(SVG)).as("regenerate with -Dpatternboard.docs.write=true").isEqualTo(svg);
        // The PNG is Batik's rendering of that SVG: same size as the SVG says.
        BufferedImage image = ImageIO.read(PNG.toFile());
        String width = svg.replaceFirst("(?s).*?<svg [^>]*width=\"([0-9.]+)\".*", "$1");
        assertThat(image.getWidth()).isEqualTo((int) Math.round(Double.parseDouble(width)));
    }
}
