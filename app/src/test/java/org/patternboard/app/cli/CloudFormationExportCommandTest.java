package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        assertThat(run.err()).contains("'q'").contains("aws.sqs.quantumQueue");
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
}
