package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;

/** Every shipped design is already in canonical form, and save → load → save is byte-identical. */
class SamplesCanonicalTest {
    static List<Path> shippedDesigns() throws Exception {
        Path root = Path.of("..", "samples", "src", "main", "resources", "patternboard");
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(DesignFiles.EXTENSION)).sorted().toList();
        }
    }

    @Test
    void everyShippedDesignIsCanonical() throws Exception {
        List<Path> designs = shippedDesigns();
        assertThat(designs).isNotEmpty();
        for (Path file : designs) {
            Architecture a = DesignFiles.load(file);
            String canonical = DesignFiles.toCanonicalJson(a);
            assertThat(canonical).as(file + " is canonical (run ./patternboard format)").isEqualTo(Files.readString(file));
            assertThat(DesignFiles.toCanonicalJson(DesignFiles.parse(canonical, file.toString()))).isEqualTo(canonical);
        }
        CliRun check = CliRun.of(Stream.concat(Stream.of("format", "--check"), designs.stream().map(Path::toString))
                .toArray(String[]::new));
        assertThat(check.exitCode()).as(check.out() + check.err()).isZero();
    }
}
