package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;

class ImportCommandTest {
    /** Line numbers matter: the SARIF test below points at them. */
    static final String TEMPLATE = """
            AWSTemplateFormatVersion: '2010-09-09'
            Transform: AWS::Serverless-2016-10-31
            # uploads land in a bucket, a function indexes them
            Resources:
              Uploads:
                Type: AWS::S3::Bucket
                Properties:
                  VersioningConfiguration:
                    Status: Enabled
              Indexer:
                Type: AWS::Serverless::Function
                Properties:
                  Runtime: nodejs24.x
                  Handler: index.handler
                  InlineCode: exports.handler = async () => 1
                  Policies:
                    - S3ReadPolicy:
                        BucketName: !Ref Uploads
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    @Test
    void importWritesADesignAndLeavesTheTemplateAlone() throws Exception {
        Path template = write("template.yaml", TEMPLATE);
        Path out = dir.resolve("uploads.pboard.json");
        CliRun run = CliRun.of("import", template.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 resources → 2 components (0 generic) and 1 connections");
        assertThat(Files.readString(template)).isEqualTo(TEMPLATE);
        Architecture a = DesignFiles.load(out);
        assertThat(a.componentOrNull("Indexer").type()).isEqualTo("aws.lambda.function");
        assertThat(a.componentOrNull("Uploads").property("versioned")).isEqualTo(true);
        assertThat(a.connections()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo("Indexer");
            assertThat(c.kind().id()).isEqualTo("reads");
        });
    }

    @Test
    void anImportedDesignExportsItsTemplateWithNothingAdded() throws Exception {
        Path template = write("template.yaml", TEMPLATE);
        Path design = dir.resolve("d.pboard.json");
        assertThat(CliRun.of("import", template.toString(), "--out", design.toString()).exitCode()).isZero();
        Path out = dir.resolve("out.json");
        CliRun run = CliRun.of("export", design.toString(), "--to", "cloudformation", "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode exported = new ObjectMapper().readTree(out.toFile());
        JsonNode original = new ObjectMapper().valueToTree(
                org.patternboard.exporters.cloudformation.source.TemplateSource.parse(template).root());
        assertThat(exported).isEqualTo(original);
    }

    @Test
    void savingBackOntoTheTemplateChangesOnlyTheEditedLines() throws Exception {
        Path template = write("template.yaml", TEMPLATE);
        Path design = dir.resolve("d.pboard.json");
        assertThat(CliRun.of("import", template.toString(), "--out", design.toString()).exitCode()).isZero();

        // No edits: the template comes back byte for byte.
        Path same = dir.resolve("same.yaml");
        CliRun unchanged = CliRun.of("export", design.toString(), "--to", "cloudformation", "--onto", template.toString(),
                "--out", same.toString());
        assertThat(unchanged.exitCode()).as(unchanged.err()).isZero();
        assertThat(Files.readAllBytes(same)).isEqualTo(Files.readAllBytes(template));

        // Rename one resource and change one property: only those lines differ.
        Architecture a = DesignFiles.load(design);
        a = a.withComponent(a.componentOrNull("Indexer").withName("IndexerFunction"));
        a = a.withComponent(a.componentOrNull("Uploads").withProperty("versioned", false));
        DesignFiles.save(a, design);
        CliRun run = CliRun.of("export", design.toString(), "--to", "cloudformation", "--onto", template.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> before = TEMPLATE.lines().toList();
        List<String> after = Files.readString(template).lines().toList();
        assertThat(after).hasSameSizeAs(before);
        Map<Integer, String> changed = new java.util.TreeMap<>();
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) {
                changed.put(i + 1, after.get(i));
            }
        }
        Map<Integer, String> expected = new java.util.TreeMap<>();
        expected.put(9, "        Status: Suspended");
        expected.put(10, "  IndexerFunction:");
        assertThat(changed).isEqualTo(expected);

        // Saving again changes nothing; once someone else changed the template, saving onto it is refused.
        CliRun twice = CliRun.of("export", design.toString(), "--to", "cloudformation", "--onto", template.toString());
        assertThat(twice.exitCode()).as(twice.err()).isZero();
        assertThat(twice.err()).contains("up to date");
        String now = Files.readString(template).replace("nodejs24.x", "python3.13");
        Files.writeString(template, now);
        CliRun again = CliRun.of("export", design.toString(), "--to", "cloudformation", "--onto", template.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("changed since");
        assertThat(Files.readString(template)).isEqualTo(now);
    }

    @Test
    void badTemplatesGiveOneLineWithFileLineAndColumn() throws Exception {
        Map<String, String> cases = new HashMap<>();
        cases.put("syntax.yaml", "Resources:\n  A: [\n");
        cases.put("dangling.yaml", "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n"
                + "      RedrivePolicy: {deadLetterTargetArn: !GetAtt Nope.Arn, maxReceiveCount: 3}\n");
        cases.put("empty.json", "{\"Description\": \"nothing\"}\n");
        cases.put("tag.yaml", "Resources:\n  A:\n    Type: !Bogus x\n");
        cases.put("deep.json", "[".repeat(10_000));
        Map<String, String> expected = Map.of("syntax.yaml", "syntax.yaml:3:", "dangling.yaml", "dangling.yaml:5:",
                "empty.json", "empty.json", "tag.yaml", "tag.yaml:3:", "deep.json", "deep.json:1:");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path template = write(c.getKey(), c.getValue());
            Path out = dir.resolve(c.getKey() + ".pboard.json");
            CliRun run = CliRun.of("import", template.toString(), "--out", out.toString());
            assertThat(run.exitCode()).as(c.getKey()).isEqualTo(2);
            assertThat(run.err().strip()).as(c.getKey()).doesNotContain("\n").contains(expected.get(c.getKey()))
                    .doesNotContain("Exception");
            assertThat(out).doesNotExist();
            assertThat(Files.readString(template)).isEqualTo(c.getValue());
        }
    }

    @Test
    void importRefusesToOverwriteItsTemplate() throws Exception {
        Path template = write("t.json", "{\"Resources\": {\"T\": {\"Type\": \"AWS::SNS::Topic\"}}}");
        CliRun run = CliRun.of("import", template.toString(), "--out", template.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("would overwrite the template");
        assertThat(Files.readString(template)).contains("AWS::SNS::Topic");
    }

    @Test
    void validatingATemplatePointsSarifResultsAtItsLines() throws Exception {
        Path template = write("template.yaml", TEMPLATE);
        CliRun run = CliRun.of("validate", template.toString(), "--format", "sarif", "--fail-on", "never");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode sarif = new ObjectMapper().readTree(run.out());
        assertThat(ValidateCommandTest.schemaErrors(sarif)).isEmpty();
        boolean bucketSeen = false;
        boolean functionSeen = false;
        for (JsonNode result : sarif.path("runs").get(0).path("results")) {
            JsonNode location = result.path("locations").get(0);
            String target = location.path("logicalLocations").get(0).path("fullyQualifiedName").asText();
            JsonNode region = location.path("physicalLocation").path("region");
            assertThat(location.path("physicalLocation").path("artifactLocation").path("uri").asText()).endsWith("template.yaml");
            if (target.equals("Uploads")) {
                bucketSeen = true;
                assertThat(region.path("startLine").asInt()).isEqualTo(5);
                assertThat(region.path("startColumn").asInt()).isEqualTo(3);
                assertThat(region.path("endLine").asInt()).isEqualTo(9);
            } else if (target.equals("Indexer")) {
                functionSeen = true;
                assertThat(region.path("startLine").asInt()).isEqualTo(10);
                assertThat(region.path("endLine").asInt()).isEqualTo(18);
                assertThat(region.path("endColumn").asInt()).isEqualTo("            BucketName: !Ref Uploads".length() + 1);
            }
        }
        assertThat(bucketSeen).isTrue();
        assertThat(functionSeen).isTrue();
    }

    @Test
    void validatingATemplateInTextAndJson() throws Exception {
        Path template = write("template.yaml", TEMPLATE);
        CliRun text = CliRun.of("validate", template.toString());
        assertThat(text.out()).startsWith(template + ":").contains("Indexer").contains("Uploads");
        CliRun json = CliRun.of("validate", template.toString(), "--format", "json", "--fail-on", "never");
        assertThat(json.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(json.out()).path("findings").size()).isPositive();
    }

    @Test
    void aNestedStacksChildTemplateIsOpenedAndItsEditsAreSavedIntoIt() throws Exception {
        String parent = """
                Resources:
                  # the bucket stays in the parent
                  Uploads:
                    Type: AWS::S3::Bucket
                  Work:
                    Type: AWS::CloudFormation::Stack
                    Properties:
                      TemplateURL: stacks/work.yaml
                      Parameters: {Bucket: !Ref Uploads}
                """;
        String child = """
                Parameters:
                  Bucket: {Type: String}
                Resources:
                  Jobs:
                    Type: AWS::SQS::Queue
                    Properties:
                      VisibilityTimeout: 60  # seconds
                """;
        Path template = write("main.yaml", parent);
        Files.createDirectories(dir.resolve("stacks"));
        Path childFile = write("stacks/work.yaml", child);
        Path design = dir.resolve("d.pboard.json");
        CliRun imported = CliRun.of("import", template.toString(), "--out", design.toString(), "--no-patterns");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("2 resources → 3 components");
        Architecture a = DesignFiles.load(design);
        assertThat(a.componentOrNull("Work.Jobs").parent()).isEqualTo(a.componentOrNull("Work").parent()).isNotNull();

        // Exported on its own, the parent is as it was: the child's queue is not in it.
        Path out = dir.resolve("out.json");
        assertThat(CliRun.of("export", design.toString(), "--to", "cloudformation", "--out", out.toString()).exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(out.toFile())).isEqualTo(new ObjectMapper().valueToTree(
                org.patternboard.exporters.cloudformation.source.TemplateSource.parse(template).root()));

        // An edit of the child's queue is saved into the child file, that line only; the parent is not written.
        a = a.withComponent(a.componentOrNull("Work.Jobs").withProperty("visibilityTimeout", 90L));
        DesignFiles.save(a, design);
        java.nio.file.attribute.FileTime parentTime = Files.getLastModifiedTime(template);
        CliRun run = CliRun.of("export", design.toString(), "--to", "cloudformation", "--onto", template.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("stacks/work.yaml".replace('/', java.io.File.separatorChar));
        assertThat(Files.readString(template)).isEqualTo(parent);
        assertThat(Files.getLastModifiedTime(template)).isEqualTo(parentTime);
        assertThat(Files.readString(childFile)).isEqualTo(child.replace("VisibilityTimeout: 60", "VisibilityTimeout: 90"));
    }
}
