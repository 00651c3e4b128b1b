package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.patternboard.model.io.DesignFiles;

/**
 * Values and types the catalog cannot build are kept by the loader, reported by validate, and refused by every
 * export with exit 2, one line and nothing written: no export drops a value or a component and exits 0.
 */
class StoredValuesCommandTest {
    @TempDir
    Path dir;

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("\"memorySize\": \"lots\"", "'memorySize' is \"lots\" but must be a whole number"),
                Arguments.of("\"timeout\": [1]", "'timeout' is [1] but must be a whole number"),
                Arguments.of("\"timeout\": -5", "'timeout' is -5 seconds but must be at least 1 seconds"),
                Arguments.of("\"tracing\": 7", "'tracing' is 7 but must be one of Active, PassThrough"),
                Arguments.of("\"runtime\": {\"x\": 1}", "'runtime' is {\"x\":1} but must be one of"));
    }

    private Path design(String type, String property) throws Exception {
        Path file = dir.resolve("d.pboard.json");
        Files.writeString(file, """
                {"format": "patternboard", "schemaVersion": 1, "name": "D",
                 "components": [{"id": "fn", "type": "%s", "name": "Fn", "x": 0, "y": 0,
                                 "properties": {"handler": "index.handler", %s}}]}
                """.formatted(type, property));
        return file;
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void validateReportsTheValueAsAnErrorAndTheLoaderKeepsIt(String property, String message) throws Exception {
        Path file = design("aws.lambda.function", property);
        CliRun run = CliRun.of("validate", file.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("REL-043").contains(message.replace("\"", "\\\""));
        // nothing lost: a canonical save keeps the value exactly
        assertThat(DesignFiles.toCanonicalJson(DesignFiles.load(file)).replaceAll("\\s", ""))
                .contains(property.replaceAll("\\s", ""));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void bothExportsRefuseWithExitTwoTheSameOneLineAndWriteNothing(String property, String message) throws Exception {
        Path file = design("aws.lambda.function", property);
        String expected = "patternboard: " + file + ": component 'fn': " + message;
        for (String[] export : exports(file)) {
            CliRun run = CliRun.of(export);
            assertThat(run.exitCode()).as(export[3]).isEqualTo(2);
            assertThat(run.err().strip()).as(export[3]).startsWith(expected).doesNotContain("\n");
            assertThat(run.err()).doesNotContain("{x=1}");
        }
        assertThat(dir.resolve("out.json")).doesNotExist();
        assertThat(dir.resolve("cdk")).doesNotExist();
    }

    @org.junit.jupiter.api.Test
    void anUnknownTypeIsTheSameOneLineExitTwoForValidateAndBothExports() throws Exception {
        Path file = design("aws.lambda.functoin", "\"timeout\": 3");
        String expected = "patternboard: " + file + ": component 'fn' has unknown type 'aws.lambda.functoin'; did you mean 'aws.lambda.function'";
        CliRun validate = CliRun.of("validate", file.toString());
        assertThat(validate.exitCode()).isEqualTo(2);
        assertThat(validate.err().strip()).startsWith(expected).doesNotContain("\n");
        for (String[] export : exports(file)) {
            CliRun run = CliRun.of(export);
            assertThat(run.exitCode()).as(export[3]).isEqualTo(2);
            assertThat(run.err().strip()).as(export[3]).isEqualTo(validate.err().strip());
        }
        assertThat(dir.resolve("out.json")).doesNotExist();
        assertThat(dir.resolve("cdk")).doesNotExist();
    }

    private String[][] exports(Path file) {
        return new String[][] {
                {"export", file.toString(), "--to", "cloudformation", "--out", dir.resolve("out.json").toString()},
                {"export", file.toString(), "--to", "cdk-java", "--out", dir.resolve("cdk").toString()}};
    }
}
