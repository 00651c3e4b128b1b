package org.patternboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code patternboard --present DESIGN} refuses a missing or broken design with one line, before any window. */
class PresentArgumentsTest {
    @TempDir
    Path dir;

    @Test
    void aReadableDesignIsPresented() throws Exception {
        Path design = dir.resolve("ok.pboard.json");
        Files.writeString(design, "{\"format\": \"patternboard\", \"schemaVersion\": 1}\n");
        assertThat(Main.presentProblem(new String[] {"--present", design.toString()})).isNull();
    }

    @Test
    void aMissingOrBrokenDesignIsOneLineNamingTheFile() throws Exception {
        Path missing = dir.resolve("missing.pboard.json");
        assertThat(Main.presentProblem(new String[] {"--present", missing.toString()}))
                .isEqualTo(missing + ": no such file");
        Path broken = dir.resolve("broken.pboard.json");
        Files.writeString(broken, "{\"format\": \"patternboard\",\n \"schemaVersion\": }\n");
        assertThat(Main.presentProblem(new String[] {"--present", broken.toString()}))
                .startsWith(broken + ":2:").contains("not valid JSON").doesNotContain("\n");
        assertThat(Main.presentProblem(new String[] {"--present"})).contains("--present needs one design");
    }
}
