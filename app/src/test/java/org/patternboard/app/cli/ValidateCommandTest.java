package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.model.rules.RuleEngine;

class ValidateCommandTest {
    /** A queue without DLQ whose visibility is below the consumer's timeout, behind an API, and a suppressed public bucket. */
    static final String PROBLEMS = """
            {"format": "patternboard", "schemaVersion": 1, "name": "Problems",
             "components": [
               {"id": "q", "type": "aws.sqs.queue", "name": "OrdersQueue", "x": 0, "y": 0},
               {"id": "fn", "type": "aws.lambda.function", "name": "Worker", "x": 200, "y": 0, "properties": {"timeout": 60}},
               {"id": "b", "type": "aws.s3.bucket", "name": "Uploads", "x": 0, "y": 200, "properties": {"blockPublicAccess": false}},
               {"id": "api", "type": "aws.apigateway.restApi", "name": "Api", "x": 400, "y": 0}],
             "connections": [
               {"id": "c1", "from": "q", "to": "fn", "kind": "triggers"},
               {"id": "c2", "from": "api", "to": "fn", "kind": "integrates"}],
             "suppressions": [{"rule": "SEC-001", "target": "b", "reason": "public downloads, reviewed"}]}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void textGroupsFindingsByPillarWithNamesAndScores() throws Exception {
        CliRun run = CliRun.of("validate", write("p.pboard.json", PROBLEMS).toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Reliability\n", "Security\n", "Scores\n", "Operational Excellence")
                .contains("error   REL-001  OrdersQueue, Worker: messages that Worker cannot process")
                .contains("REL-002  OrdersQueue, Worker: visibilityTimeout is not set,"
                        + " so AWS's default of 30 s applies")
                .contains("(error) SEC-001  Uploads: blockPublicAccess is false")
                .contains("[suppressed: public downloads, reviewed]");
        assertThat(run.out().indexOf("Security\n")).isGreaterThan(run.out().indexOf("Operational Excellence\n"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonHasTheContractShape() throws Exception {
        Path file = write("p.pboard.json", PROBLEMS);
        CliRun run = CliRun.of("validate", file.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.path("design").asText()).isEqualTo(file.toString());
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("design", "findings", "scores");
        List<String> scoreKeys = new ArrayList<>();
        root.path("scores").fieldNames().forEachRemaining(scoreKeys::add);
        assertThat(scoreKeys).containsExactly("operationalExcellence", "security", "reliability", "performanceEfficiency",
                "costOptimization", "sustainability");
        JsonNode rel001 = find(root, "REL-001");
        assertThat(rel001.path("pillar").asText()).isEqualTo("reliability");
        assertThat(rel001.path("severity").asText()).isEqualTo("error");
        assertThat(rel001.path("targets").toString()).isEqualTo("[\"q\",\"fn\"]");
        assertThat(rel001.path("suppressed").asBoolean()).isFalse();
        for (String key : List.of("rule", "pillar", "severity", "title", "message", "targets", "remedy", "suppressed")) {
            assertThat(rel001.has(key)).as(key).isTrue();
        }
        JsonNode sec001 = find(root, "SEC-001");
        assertThat(sec001.path("suppressed").asBoolean()).isTrue();
        assertThat(sec001.path("suppressionReason").asText()).isEqualTo("public downloads, reviewed");
        assertThat(root.path("scores").path("reliability").asInt()).isLessThan(100);
    }

    @Test
    void sarifValidatesAgainstTheOfficialSchema() throws Exception {
        CliRun run = CliRun.of("validate", write("p.pboard.json", PROBLEMS).toString(), "--format", "sarif");
        assertThat(run.exitCode()).isEqualTo(1);
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        assertThat(schemaErrors(sarif)).isEmpty();
        JsonNode runNode = sarif.path("runs").get(0);
        assertThat(runNode.path("tool").path("driver").path("rules").size())
                .isEqualTo(RuleEngine.standard().rules().size());
        JsonNode suppressed = null;
        for (JsonNode r : runNode.path("results")) {
            int index = r.path("ruleIndex").asInt();
            assertThat(runNode.path("tool").path("driver").path("rules").get(index).path("id").asText())
                    .isEqualTo(r.path("ruleId").asText());
            if (r.path("ruleId").asText().equals("SEC-001")) {
                suppressed = r;
            }
            if (r.path("ruleId").asText().equals("REL-002")) {
                JsonNode logical = r.path("locations").get(0).path("logicalLocations");
                assertThat(logical.get(0).path("fullyQualifiedName").asText()).isEqualTo("q");
                assertThat(logical.get(0).path("name").asText()).isEqualTo("OrdersQueue");
                assertThat(logical.get(2).path("fullyQualifiedName").asText()).isEqualTo("c1");
                assertThat(r.path("level").asText()).isEqualTo("error");
            }
        }
        assertThat(suppressed).isNotNull();
        assertThat(suppressed.path("suppressions").get(0).path("justification").asText())
                .isEqualTo("public downloads, reviewed");
        assertThat(suppressed.path("suppressions").get(0).path("kind").asText()).isEqualTo("inSource");
    }

    @Test
    void theSchemaCheckRejectsInvalidSarif() throws Exception {
        CliRun run = CliRun.of("validate", write("p.pboard.json", PROBLEMS).toString(), "--format", "sarif");
        ObjectNode sarif = (ObjectNode) new ObjectMapper().readTree(run.out());
        ((ObjectNode) sarif.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        assertThat(schemaErrors(sarif)).isNotEmpty();
    }

    @Test
    void failOnDecidesTheExitCode() throws Exception {
        String onlyWarnings = """
                {"format": "patternboard", "schemaVersion": 1, "name": "W",
                 "components": [{"id": "fn", "type": "aws.lambda.function", "name": "Fn", "x": 0, "y": 0}]}
                """;
        Path file = write("w.pboard.json", onlyWarnings);
        assertThat(CliRun.of("validate", file.toString()).exitCode()).isZero();
        assertThat(CliRun.of("validate", file.toString(), "--fail-on", "warning").exitCode()).isEqualTo(1);
        Path problems = write("p.pboard.json", PROBLEMS);
        assertThat(CliRun.of("validate", problems.toString(), "--fail-on", "never").exitCode()).isZero();
    }

    @Test
    void outputIsDeterministic() throws Exception {
        Path file = write("p.pboard.json", PROBLEMS);
        for (String format : List.of("text", "json", "sarif")) {
            assertThat(CliRun.of("validate", file.toString(), "--format", format).out())
                    .isEqualTo(CliRun.of("validate", file.toString(), "--format", format).out());
        }
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        CliRun missing = CliRun.of("validate", dir.resolve("missing.pboard.json").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err().strip().lines()).hasSize(1);

        Path unknown = write("u.pboard.json", """
                {"format": "patternboard", "schemaVersion": 1, "name": "U",
                 "components": [{"id": "x", "type": "aws.nosuch.thing", "x": 0, "y": 0}]}
                """);
        CliRun run = CliRun.of("validate", unknown.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("unknown type 'aws.nosuch.thing'");

        assertThat(CliRun.of("validate", unknown.toString(), "--format", "xml").exitCode()).isEqualTo(2);
    }

    @Test
    void catalogListsEveryRule() throws Exception {
        JsonNode root = new ObjectMapper().readTree(CliRun.of("catalog", "--format", "json").out());
        assertThat(root.path("rules").size()).isEqualTo(RuleEngine.standard().rules().size());
        JsonNode first = root.path("rules").get(0);
        assertThat(first.path("id").asText()).matches("[A-Z]+-\\d{3}");
        for (String key : List.of("id", "pillar", "severity", "title", "rationale", "remedy", "references", "quickFix")) {
            assertThat(first.has(key)).as(key).isTrue();
        }
        assertThat(CliRun.of("catalog").out()).contains("Well-Architected rules (").contains("REL-001")
                .contains("Queue feeding a consumer has no dead-letter queue");
    }

    private static JsonNode find(JsonNode root, String rule) {
        for (JsonNode f : root.path("findings")) {
            if (f.path("rule").asText().equals(rule)) {
                return f;
            }
        }
        throw new AssertionError("no " + rule + " finding in " + root);
    }

    static Set<ValidationMessage> schemaErrors(JsonNode sarif) throws Exception {
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
            return schema.validate(sarif);
        }
    }
}
