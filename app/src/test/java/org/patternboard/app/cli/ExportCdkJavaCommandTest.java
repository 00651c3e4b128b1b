package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.io.DesignFiles;

/** {@code patternboard export DESIGN --to cdk-java --out DIR [--synth]}. */
class ExportCdkJavaCommandTest {
    static Path design(Path dir) throws Exception {
        Architecture a = Architecture.of("Orders", "A queue and its worker.",
                List.of(new Component("queue", "aws.sqs.queue", "Orders", 0, 0, null, null, null, Map.of("visibilityTimeout", 60L), Map.of()),
                        new Component("worker", "aws.lambda.function", "Worker", 200, 0, null, null, null, Map.of("memorySize", 256L), Map.of())),
                List.of(new Connection("c1", "queue", "worker", ConnectionKind.TRIGGERS, Map.of("batchSize", 5L), Map.of())),
                List.of(), List.of(), List.of(), Map.of());
        Path file = dir.resolve("orders.pboard.json");
        DesignFiles.save(a, file);
        return file;
    }

    @Test
    void writesAMavenProject(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("project");

        CliRun run = CliRun.of("export", design(dir).toString(), "--to", "cdk-java", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(out.resolve("pom.xml")).exists();
        assertThat(out.resolve("cdk.json")).exists();
        assertThat(out.resolve("src/main/java/com/myorg/OrdersStack.java")).content().contains("Queue orders = Queue.Builder.create(this, \"Orders\")");
        assertThat(out.resolve("src/test/java/com/myorg/OrdersStackTest.java")).exists();
        assertThat(out.resolve("lambda/worker/index.mjs")).exists();
        assertThat(out.resolve("cdk.out")).doesNotExist();
        assertThat(run.err()).contains("wrote a CDK Java project");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void synthWritesTheTemplateWithProgress(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("project");

        CliRun run = CliRun.of("export", design(dir).toString(), "--to", "cdk-java", "--out", out.toString(), "--synth");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.OK);
        Path template = out.resolve("cdk.out/Orders.template.json");
        assertThat(template).exists();
        JsonNode resources = new ObjectMapper().readTree(template.toFile()).path("Resources");
        assertThat(resources.toString()).contains("AWS::SQS::Queue", "AWS::Lambda::EventSourceMapping");
        assertThat(run.err()).contains("synthesizing", "wrote " + template.toAbsolutePath(), "synthesized 1 stack");
    }

    @Test
    void refusesAFileAsTheOutputFolder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("taken.txt"), "x");

        CliRun run = CliRun.of("export", design(dir).toString(), "--to", "cdk-java", "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err().strip()).startsWith("patternboard: ").contains("is a file").doesNotContain("\n");
    }

    /** A long design name used to fail synthesis: the CDK's Stack takes at most 512 characters of description. */
    @Test
    void synthOfAVeryLongNameSucceedsWithABoundedDescription(@TempDir Path dir) throws Exception {
        Architecture a = Architecture.of("Ö".repeat(500), "", List.of(new Component("queue", "aws.sqs.queue", "Orders", 0, 0,
                null, null, null, Map.of(), Map.of())), List.of(), List.of(), List.of(), List.of(), Map.of());
        Path file = dir.resolve("long.pboard.json");
        DesignFiles.save(a, file);
        Path out = dir.resolve("project");

        CliRun run = CliRun.of("export", file.toString(), "--to", "cdk-java", "--out", out.toString(), "--synth");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.OK);
        try (var templates = Files.list(out.resolve("cdk.out"))) {
            Path template = templates.filter(p -> p.toString().endsWith(".template.json")).findFirst().orElseThrow();
            String description = new ObjectMapper().readTree(template.toFile()).path("Description").asText();
            assertThat(description).startsWith("ÖÖÖ").endsWith("...").hasSizeLessThanOrEqualTo(512);
            assertThat(description.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1024);
        }
    }
}
