package org.patternboard.exporters.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.exporters.cloudformation.DesignBuilder;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Suppression;

/**
 * A Patternboard rule suppressed in the design is suppressed in cdk-nag in the CDK export too: the synthesized
 * template carries the same cdk_nag metadata, with the design's reason, on the resources the AwsSolutions rule checks.
 */
class CdkNagSuppressionsTest {
    @Test
    void theSynthesizedTemplateCarriesTheDesignsSuppressionOnTheApisMethods(@TempDir Path dir) throws Exception {
        Architecture a = new DesignBuilder("Status page")
                .component("open", "aws.apigateway.restApi", "Public")
                .component("fn", "aws.lambda.function", "Handler")
                .connect("c1", "open", "integrates", "fn").build()
                .withSuppressions(List.of(new Suppression("SEC-007", "open", "A public status page that anyone may read.")));
        CdkJavaExporter exporter = new CdkJavaExporter();
        assertThat(exporter.stackSource(a)).contains("suppressNag(");
        exporter.write(a, dir);
        List<String> progress = new ArrayList<>();
        SynthResult result = new CdkSynthesizer().synth(dir, dir.resolve("cdk.out"), progress::add);

        JsonNode resources = new ObjectMapper().readTree(result.template().toFile()).path("Resources");
        List<String> methodRules = new ArrayList<>();
        List<String> otherRules = new ArrayList<>();
        for (Map.Entry<String, JsonNode> r : resources.properties()) {
            List<String> target = "AWS::ApiGateway::Method".equals(r.getValue().path("Type").asText()) ? methodRules : otherRules;
            for (JsonNode s : r.getValue().path("Metadata").path("cdk_nag").path("rules_to_suppress")) {
                assertThat(s.path("reason").asText()).isEqualTo("SEC-007 suppressed in the design: A public status page that anyone may read.");
                target.add(s.path("id").asText());
            }
        }
        assertThat(methodRules).contains("AwsSolutions-APIG4", "AwsSolutions-COG4");
        assertThat(otherRules).isEmpty();
    }
}
