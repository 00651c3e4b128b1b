package org.patternboard.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desktop entry passes a double-clicked design as the only argument: that opens the app, commands do not. */
class OpenFileArgumentTest {
    @TempDir
    Path dir;

    @Test
    void anExistingFileOpensTheAppAndCommandsOptionsAndMissingFilesDoNot() throws Exception {
        Path design = Files.writeString(dir.resolve("orders.pboard.json"), "{}");
        assertThat(Main.opensInTheApp(new String[] {design.toString()})).isTrue();
        assertThat(Main.opensInTheApp(new String[] {"validate"})).isFalse();
        assertThat(Main.opensInTheApp(new String[] {"--version"})).isFalse();
        assertThat(Main.opensInTheApp(new String[] {dir.resolve("missing.pboard.json").toString()})).isFalse();
        assertThat(Main.opensInTheApp(new String[] {dir.toString()})).as("a folder").isFalse();
        assertThat(Main.opensInTheApp(new String[] {"validate", design.toString()})).isFalse();
    }
}
