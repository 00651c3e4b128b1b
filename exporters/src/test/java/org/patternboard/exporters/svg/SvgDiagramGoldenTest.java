package org.patternboard.exporters.svg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.patternboard.model.io.DesignFiles;

/** The plain diagram keeps its bytes when decorations exist (the golden was drawn before the hook was added). */
class SvgDiagramGoldenTest {
    @Test
    void theBigFanIsDrawnByteForByteAsBefore() throws Exception {
        var design = DesignFiles.load(Path.of("..", "samples", "src", "main", "resources", "patternboard", "samples",
                "the-big-fan.pboard.json"));
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/svg/the-big-fan.svg")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(new SvgDiagram().render(design)).isEqualTo(golden);
        assertThat(new SvgDiagram().render(design, SvgDecoration.NONE)).isEqualTo(golden);
    }
}
