package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.Severity;
import org.patternboard.model.rules.ValidationResult;

/**
 * Every shipped design is already in canonical form, save → load → save is byte-identical, and the samples
 * (not the blocks, whose anti-patterns are checked against their metadata in the model's tests) validate
 * with no error findings.
 */
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

    @Test
    void everySampleValidatesWithoutErrors() throws Exception {
        List<Path> samples = shippedDesigns().stream().filter(p -> p.getParent().getFileName().toString().equals("samples"))
                .toList();
        assertThat(samples).isNotEmpty();
        RuleEngine engine = RuleEngine.standard();
        for (Path file : samples) {
            ValidationResult result = engine.check(DesignFiles.load(file));
            assertThat(result.count(Severity.ERROR)).as(file + ": " + result.unsuppressed()).isZero();
            CliRun run = CliRun.of("validate", file.toString(), "--fail-on", "error");
            assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        }
    }
}
