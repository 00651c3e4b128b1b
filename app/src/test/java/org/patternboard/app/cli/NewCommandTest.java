package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {
    @TempDir
    Path dir;

    @Test
    void writesACanonicalDesignThatValidatesAndFormatsUnchanged() throws Exception {
        Path file = dir.resolve("orders.pboard.json");
        CliRun run = CliRun.of("new", "Orders API", "--out", file.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file)).contains("\"name\": \"Orders API\"").contains("\"format\": \"patternboard\"");
        assertThat(CliRun.of("validate", file.toString(), "--fail-on", "warning").exitCode()).isZero();
        assertThat(CliRun.of("format", file.toString(), "--check").exitCode()).as("canonical as written").isZero();
    }

    @Test
    void neverOverwritesAnExistingFile() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.pboard.json"), "precious");
        CliRun run = CliRun.of("new", "Orders API", "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains("exists already");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void theDefaultFileNameComesFromTheName() {
        assertThat(NewCommand.fileName("Orders API")).isEqualTo("orders-api.pboard.json");
        assertThat(NewCommand.fileName("  Ünïcode & Co. v2 ")).isEqualTo("n-code-co-v2.pboard.json");
        assertThat(NewCommand.fileName("!!!")).isEqualTo("design.pboard.json");
    }
}
