package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.exporters.cloudformation.lint.CfnLintProcess;

/**
 * {@code validate --with-cfn-lint}: the real cfn-lint runs on the exported template and its findings come back
 * on the design's component ids, in all three formats, and count for {@code --fail-on}.
 */
class ValidateWithCfnLintTest {
    /** A generic CloudFormation resource whose raw properties cfn-lint rejects; the rules have nothing to say. */
    static final String RAW = """
            {"format": "patternboard", "schemaVersion": 1, "name": "Legacy",
             "components": [
               {"id": "legacy", "type": "aws.cloudformation.resource", "name": "LegacyQueue", "x": 0, "y": 0,
                "properties": {"resourceType": "AWS::SQS::Queue",
                               "cfnProperties": {"VisibilityTimeout": 60, "Bogus": 1}}}]}
            """;

    @TempDir
    Path dir;

    @BeforeAll
    static void requireCfnLint() {
        if (new CfnLintProcess("cfn-lint").isInstalled()) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("cfn-lint is not on the PATH; CI=true, so this test fails instead of skipping");
        }
        Assumptions.abort("cfn-lint is not on the PATH; skipping");
    }

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void cfnLintFindingsAreReportedOnTheComponentAndFailTheRun() throws Exception {
        Path file = write("legacy.pboard.json", RAW);
        assertThat(CliRun.of("validate", file.toString()).exitCode()).as("the rules alone").isZero();

        CliRun text = CliRun.of("validate", file.toString(), "--with-cfn-lint");
        assertThat(text.exitCode()).as(text.err()).isEqualTo(1);
        assertThat(text.out()).contains("cfn-lint on the exported CloudFormation template: 1 finding\n")
                .containsPattern("error +E3002 +LegacyQueue: .*Bogus");

        CliRun json = CliRun.of("validate", file.toString(), "--with-cfn-lint", "--format", "json");
        JsonNode root = new ObjectMapper().readTree(json.out());
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("design", "findings", "scores", "cfnLint");
        JsonNode match = root.path("cfnLint").get(0);
        assertThat(match.path("rule").asText()).isEqualTo("E3002");
        assertThat(match.path("severity").asText()).isEqualTo("error");
        assertThat(match.path("targets").toString()).isEqualTo("[\"legacy\"]");
        assertThat(match.path("path").asText()).startsWith("Resources/LegacyQueue/Properties");
        assertThat(root.path("scores").path("operationalExcellence").asInt()).as("cfn-lint is not scored").isEqualTo(
                new ObjectMapper().readTree(CliRun.of("validate", file.toString(), "--format", "json").out())
                        .path("scores").path("operationalExcellence").asInt());

        assertThat(CliRun.of("validate", file.toString(), "--with-cfn-lint", "--fail-on", "never").exitCode()).isZero();
    }

    @Test
    void sarifHasASecondRunForCfnLintThatValidates() throws Exception {
        Path file = write("legacy.pboard.json", RAW);
        CliRun run = CliRun.of("validate", file.toString(), "--with-cfn-lint", "--format", "sarif");
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            assertThat(JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in).validate(sarif)).isEmpty();
        }
        assertThat(sarif.path("runs")).hasSize(2);
        JsonNode lint = sarif.path("runs").get(1);
        assertThat(lint.path("tool").path("driver").path("name").asText()).isEqualTo("cfn-lint");
        JsonNode result = lint.path("results").get(0);
        assertThat(result.path("ruleId").asText()).isEqualTo("E3002");
        assertThat(lint.path("tool").path("driver").path("rules").get(result.path("ruleIndex").asInt()).path("id").asText())
                .isEqualTo("E3002");
        assertThat(result.path("locations").get(0).path("logicalLocations").get(0).path("fullyQualifiedName").asText())
                .isEqualTo("legacy");
        assertThat(run.out()).isEqualTo(CliRun.of("validate", file.toString(), "--with-cfn-lint", "--format", "sarif").out());
    }

    @Test
    void aCleanSampleHasNoCfnLintErrorsOrWarnings() throws Exception {
        Path sample = Path.of("../samples/src/main/resources/patternboard/samples/the-big-fan.pboard.json");
        CliRun run = CliRun.of("validate", sample.toString(), "--with-cfn-lint", "--format", "json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> defects = new ArrayList<>();
        new ObjectMapper().readTree(run.out()).path("cfnLint").forEach(m -> {
            if (!m.path("severity").asText().equals("info")) {
                defects.add(m.toString());
            }
        });
        assertThat(defects).isEmpty();
    }

    @Test
    void withoutCfnLintOnThePathItIsBadUsageWithOneLine() throws Exception {
        Path file = write("legacy.pboard.json", RAW);
        System.setProperty("patternboard.cfnLint", dir.resolve("no-such-cfn-lint").toString());
        try {
            CliRun run = CliRun.of("validate", file.toString(), "--with-cfn-lint");
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.err()).contains("--with-cfn-lint", "no-such-cfn-lint", "is not on the PATH");
        } finally {
            System.clearProperty("patternboard.cfnLint");
        }
    }
}
