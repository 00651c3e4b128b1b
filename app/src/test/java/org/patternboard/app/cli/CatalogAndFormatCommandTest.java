package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogAndFormatCommandTest {
    @TempDir
    Path dir;

    @Test
    void catalogJsonListsEveryTypeWithProperties() throws Exception {
        CliRun run = CliRun.of("catalog", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        Set<String> ids = new HashSet<>();
        root.path("componentTypes").forEach(t -> ids.add(t.path("id").asText()));
        assertThat(ids).hasSizeGreaterThanOrEqualTo(45).contains("aws.sqs.queue", "aws.cloudformation.resource");
        JsonNode queue = null;
        for (JsonNode t : root.path("componentTypes")) {
            if (t.path("id").asText().equals("aws.sqs.queue")) {
                queue = t;
            }
        }
        assertThat(queue.path("cloudFormationType").asText()).isEqualTo("AWS::SQS::Queue");
        JsonNode visibility = null;
        for (JsonNode p : queue.path("properties")) {
            if (p.path("id").asText().equals("visibilityTimeout")) {
                visibility = p;
            }
        }
        assertThat(visibility.path("max").asLong()).isEqualTo(43200);
        assertThat(visibility.path("default").asLong()).isEqualTo(30);
        assertThat(root.path("connectionRules").size()).isGreaterThan(50);
    }

    @Test
    void catalogJsonListsThePatternBlocksWithTheirMetadata() throws Exception {
        CliRun run = CliRun.of("catalog", "--format", "json");
        assertThat(run.exitCode()).isZero();
        JsonNode patterns = new ObjectMapper().readTree(run.out()).path("patterns");
        assertThat(patterns.size()).isGreaterThanOrEqualTo(51);
        JsonNode fan = null;
        Set<String> ids = new HashSet<>();
        for (JsonNode p : patterns) {
            ids.add(p.path("id").asText());
            assertThat(p.path("name").asText()).isNotBlank();
            assertThat(p.path("summary").asText()).isNotBlank();
            assertThat(p.path("source").asText()).isNotBlank();
            assertThat(p.path("lens").isArray() && p.path("lens").size() > 0).as(p.path("id").asText()).isTrue();
            if (p.path("id").asText().equals("the-big-fan")) {
                fan = p;
            }
        }
        assertThat(ids).hasSize(patterns.size()).contains("the-saga-step-function", "gateway-cache", "transactional-outbox");
        assertThat(fan.path("name").asText()).isEqualTo("The Big Fan");
        assertThat(fan.path("source").asText()).isEqualTo("cdkpatterns.com");
        assertThat(fan.path("lens").toString()).contains("REL 2").contains("PER 1");
        JsonNode fanOut = null;
        for (JsonNode p : patterns) {
            if (p.path("id").asText().equals("queue-based-event-distribution")) {
                fanOut = p;
            }
        }
        assertThat(fanOut.path("parameters").get(0).path("id").asText()).isEqualTo("consumers");
        assertThat(fanOut.path("parameters").get(0).path("default").asInt()).isEqualTo(2);
    }

    @Test
    void catalogTextIsReadable() {
        CliRun run = CliRun.of("catalog");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("aws.lambda.function").contains("memorySize");
        assertThat(run.out()).contains("Pattern blocks (").contains("the-big-fan").contains("The Big Fan")
                .contains("parameter consumers : int = 2");
    }

    @Test
    void formatRewritesAndCheckReportsNonCanonicalFiles() throws Exception {
        Path file = dir.resolve("d.pboard.json");
        Files.writeString(file, "{\"format\":\"patternboard\",\"schemaVersion\":1,\"name\":\"D\",\"components\":"
                + "[{\"id\":\"b\",\"type\":\"aws.sqs.queue\",\"x\":1,\"y\":2},{\"id\":\"a\",\"type\":\"aws.sns.topic\"}]}");
        CliRun check = CliRun.of("format", "--check", file.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("not in canonical form");
        assertThat(CliRun.of("format", file.toString()).exitCode()).isZero();
        String formatted = Files.readString(file);
        assertThat(formatted.indexOf("\"id\": \"a\"")).isLessThan(formatted.indexOf("\"id\": \"b\""));
        assertThat(CliRun.of("format", "--check", file.toString()).exitCode()).isZero();
    }

    @Test
    void badInputExitsTwoWithOneLineAndLeavesFilesAlone() throws Exception {
        Path good = dir.resolve("good.pboard.json");
        String goodText = "{\"format\":\"patternboard\",\"schemaVersion\":1,\"name\":\"G\"}";
        Files.writeString(good, goodText);
        Path bad = dir.resolve("bad.pboard.json");
        Files.writeString(bad, "{\"format\":\"patternboard\",");
        CliRun run = CliRun.of("format", good.toString(), bad.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("bad.pboard.json:1:");
        assertThat(Files.readString(good)).isEqualTo(goodText);
        assertThat(Files.readString(bad)).isEqualTo("{\"format\":\"patternboard\",");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("catalog", "--format", "xml").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("no-such-command").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("export", "x.pboard.json", "--to", "nowhere", "--out", "y").exitCode()).isEqualTo(2);
    }
}
