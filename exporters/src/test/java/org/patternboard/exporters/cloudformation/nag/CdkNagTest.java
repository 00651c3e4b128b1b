package org.patternboard.exporters.cloudformation.nag;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;
import org.patternboard.model.io.DesignFiles;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.cloudformation.include.CfnInclude;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;

/**
 * Users who run cdk-nag in their pipelines get a clean report: cdk-nag's AwsSolutions pack, on the
 * CloudFormation export of every sample design (the pattern blocks and the samples) read back through
 * CfnInclude, reports no unsuppressed error. Every suppression the export writes carries a reason.
 * One App and one jsii runtime for all designs.
 */
class CdkNagTest {
    static final Path SAMPLES = Path.of("..", "samples", "src", "main", "resources", "patternboard");
    static final Path OUT = Path.of("target", "cdk-nag");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern RULE = Pattern.compile("(AwsSolutions-[A-Za-z]+[0-9]+)(\\[[^\\]]*\\])?");

    @Test
    void awsSolutionsReportsNoUnsuppressedErrorOnAnySampleAndEverySuppressionSaysWhy() throws Exception {
        CloudFormationExporter exporter = new CloudFormationExporter();
        List<Path> designs;
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            designs = files.filter(p -> p.toString().endsWith(".pboard.json")).sorted().toList();
        }
        assertThat(designs).hasSizeGreaterThanOrEqualTo(55);
        Files.createDirectories(OUT);
        App app = App.Builder.create().outdir(OUT.resolve("cdk.out").toString()).build();
        Map<String, Stack> stacks = new TreeMap<>();
        List<String> withoutReason = new ArrayList<>();
        int suppressions = 0;
        for (Path design : designs) {
            String name = SAMPLES.relativize(design).toString().replace(".pboard.json", "").replace('/', '_');
            Path template = OUT.resolve(name + ".json");
            String json = exporter.toJson(DesignFiles.load(design));
            Files.writeString(template, json, StandardCharsets.UTF_8);
            suppressions += checkReasons(name, JSON.readTree(json), withoutReason);
            Stack stack = new Stack(app, "S" + name.replaceAll("[^A-Za-z0-9]", ""));
            CfnInclude.Builder.create(stack, "Template").templateFile(template.toString()).build();
            stacks.put(name, stack);
        }
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(false).build()));
        // one synthesis for all stacks (Annotations.fromStack would synthesize the app once per stack)
        CloudAssembly assembly = app.synth();

        Map<String, Integer> perRule = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        stacks.forEach((name, stack) -> {
            for (SynthesisMessage m : assembly.getStackByName(stack.getStackName()).getMessages()) {
                String text = String.valueOf(m.getEntry().getData());
                if (m.getLevel() != SynthesisMessageLevel.ERROR || !text.startsWith("AwsSolutions-")) {
                    continue;
                }
                Matcher rule = RULE.matcher(text);
                String id = rule.find() ? rule.group(1) : "?";
                perRule.merge(id, 1, Integer::sum);
                lines.add(name + " " + m.getId() + " " + id + (rule.group(2) == null ? "" : " " + rule.group(2)));
            }
        });
        System.out.println("cdk-nag AwsSolutions errors per rule: " + perRule + " total "
                + perRule.values().stream().mapToInt(Integer::intValue).sum() + "; suppressions with a reason: "
                + suppressions);
        Files.write(OUT.resolve("errors.txt"), lines, StandardCharsets.UTF_8);
        assertThat(withoutReason).as("cdk-nag suppressions without a reason").isEmpty();
        assertThat(suppressions).as("suppressions written by the export").isPositive();
        assertThat(lines).as("unsuppressed AwsSolutions errors (also in target/cdk-nag/errors.txt)").isEmpty();
    }

    /** Every rules_to_suppress entry of every resource names a rule and gives a reason; returns how many. */
    static int checkReasons(String name, JsonNode template, List<String> withoutReason) {
        int n = 0;
        for (Map.Entry<String, JsonNode> r : template.path("Resources").properties()) {
            for (JsonNode s : r.getValue().path("Metadata").path("cdk_nag").path("rules_to_suppress")) {
                n++;
                if (!s.path("id").asText().startsWith("AwsSolutions-") || s.path("reason").asText().strip().length() < 10) {
                    withoutReason.add(name + " " + r.getKey() + " " + s);
                }
            }
        }
        return n;
    }
}
