package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.model.io.DesignReader;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.Severity;
import org.patternboard.model.rules.ValidationResult;

class CloudFormationExportCommandTest {
    static final String DESIGN = "{\"format\":\"patternboard\",\"schemaVersion\":1,\"name\":\"Queue worker\",\"components\":["
            + "{\"id\":\"q\",\"type\":\"aws.sqs.queue\",\"name\":\"Jobs\",\"x\":0,\"y\":0},"
            + "{\"id\":\"fn\",\"type\":\"aws.lambda.function\",\"name\":\"Worker\",\"x\":200,\"y\":0}],"
            + "\"connections\":[{\"id\":\"c1\",\"from\":\"q\",\"to\":\"fn\",\"kind\":\"triggers\"}]}";

    @TempDir
    Path dir;

    @Test
    void exportsJsonByDefaultAndYamlOnRequestWithTheSameTree() throws Exception {
        Path design = dir.resolve("worker.pboard.json");
        Files.writeString(design, DESIGN);
        Path json = dir.resolve("out/template.json");
        Path yaml = dir.resolve("out/template.yaml");
        CliRun a = CliRun.of("export", design.toString(), "--to", "cloudformation", "--out", json.toString());
        CliRun b = CliRun.of("export", design.toString(), "--to", "cloudformation", "--yaml", "--out", yaml.toString());
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(b.exitCode()).as(b.err()).isZero();
        assertThat(a.out()).isEmpty();
        assertThat(a.err()).contains("wrote").contains("JSON");
        JsonNode fromJson = new ObjectMapper().readTree(json.toFile());
        JsonNode fromYaml = new YAMLMapper().readTree(yaml.toFile());
        assertThat(fromJson.path("Resources").has("Jobs")).isTrue();
        assertThat(fromJson.path("Resources").path("JobsToWorkerMapping").path("Type").asText())
                .isEqualTo("AWS::Lambda::EventSourceMapping");
        assertThat(fromYaml.equals(fromJson)).isTrue();
        assertThat(CliRun.of("export", design.toString(), "--to", "cloudformation", "--json", "--out", json.toString())
                .exitCode()).isZero();
    }

    @Test
    void unknownComponentTypeIsBadInputNamingComponentAndType() throws Exception {
        Path design = dir.resolve("odd.pboard.json");
        Files.writeString(design, DESIGN.replace("aws.sqs.queue", "aws.sqs.quantumQueue"));
        CliRun run = CliRun.of("export", design.toString(), "--to", "cloudformation", "--out", dir.resolve("t.json").toString());
        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains("'q'").contains("aws.sqs.quantumQueue").contains("did you mean 'aws.sqs.queue'?");
        assertThat(run.err().strip().lines().count()).isEqualTo(1);
        assertThat(dir.resolve("t.json")).doesNotExist();
    }

    @Test
    void yamlAndJsonFlagsExcludeEachOther() throws Exception {
        Path design = dir.resolve("worker.pboard.json");
        Files.writeString(design, DESIGN);
        CliRun run = CliRun.of("export", design.toString(), "--to", "cloudformation", "--yaml", "--json",
                "--out", dir.resolve("t.json").toString());
        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
    }

    @Test
    void exportSaysHowManyFindingsAreOpenAndFailOnRefusesToWrite() throws Exception {
        Path design = dir.resolve("worker.pboard.json");
        Files.writeString(design, DESIGN);
        ValidationResult r = RuleEngine.standard().check(new DesignReader().read(DESIGN, "worker"));
        int errors = r.count(Severity.ERROR);
        int warnings = r.count(Severity.WARNING);
        assertThat(errors + warnings).as("the queue worker has no dead-letter queue and no alarms").isPositive();

        Path written = dir.resolve("t.json");
        CliRun plain = CliRun.of("export", design.toString(), "--to", "cloudformation", "--out", written.toString());
        assertThat(plain.exitCode()).as("default --fail-on never keeps scripts working").isZero();
        assertThat(plain.err()).contains("findings: " + errors + " error").contains(warnings + " warning");
        assertThat(written).exists();

        String threshold = errors > 0 ? "error" : "warning";
        Path refused = dir.resolve("refused.json");
        CliRun gated = CliRun.of("export", design.toString(), "--to", "cloudformation", "--fail-on", threshold,
                "--out", refused.toString());
        assertThat(gated.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(gated.err()).contains("not exported").contains("--fail-on " + threshold);
        assertThat(refused).doesNotExist();
    }

    @Test
    void aDesignWithoutErrorsPassesFailOnError() throws Exception {
        Path sample = Path.of("../samples/src/main/resources/patternboard/samples/the-big-fan.pboard.json");
        Path out = dir.resolve("fan.json");
        CliRun run = CliRun.of("export", sample.toString(), "--to", "cloudformation", "--fail-on", "error",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("findings: 0 errors");
        assertThat(out).exists();
    }
}
