package org.patternboard.exporters.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.patternboard.model.io.DesignFiles;

/**
 * The plain diagram keeps its bytes when decorations exist, and changes only on purpose: a change to the drawing
 * is accepted by rerunning with {@code -Dgolden.update=true} (review the diff, and look at a rendered PNG).
 */
class SvgDiagramGoldenTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "svg", "the-big-fan.svg");

    @Test
    void theBigFanIsDrawnByteForByteAsBefore() throws Exception {
        var design = DesignFiles.load(Path.of("..", "samples", "src", "main", "resources", "patternboard", "samples",
                "the-big-fan.pboard.json"));
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(GOLDEN, new SvgDiagram().render(design), StandardCharsets.UTF_8);
        }
        String golden = Files.readString(GOLDEN, StandardCharsets.UTF_8);
        assertThat(new SvgDiagram().render(design)).isEqualTo(golden);
        assertThat(new SvgDiagram().render(design, SvgDecoration.NONE)).isEqualTo(golden);
    }
}
