package org.patternboard.exporters.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/** The same design always gives byte-identical JSON and YAML, and both parse to the same tree. */
class DeterminismTest {
    @Test
    void sameDesignGivesByteIdenticalOutputFromFreshExporters() {
        for (Architecture a : Coverage.designs()) {
            String json = new CloudFormationExporter().toJson(a);
            String yaml = new CloudFormationExporter().toYaml(a);
            assertThat(new CloudFormationExporter().toJson(a)).isEqualTo(json);
            assertThat(new CloudFormationExporter().toYaml(a)).isEqualTo(yaml);
            assertThat(json).endsWith("}\n").doesNotContain("\t").contains("\n  \"Resources\": {");
        }
    }

    @Test
    void theOrderElementsWereAddedInDoesNotMatter() {
        Architecture a = Coverage.designs().get(0);
        List<Component> components = new ArrayList<>(a.components());
        List<Connection> connections = new ArrayList<>(a.connections());
        Collections.shuffle(components, new Random(7));
        Collections.shuffle(connections, new Random(11));
        Architecture shuffled = Architecture.of(a.name(), a.description(), components, connections, a.groups(),
                a.notes(), a.suppressions(), Map.of());
        CloudFormationExporter x = new CloudFormationExporter();
        assertThat(x.toJson(shuffled)).isEqualTo(x.toJson(a));
    }

    @Test
    void yamlAndJsonParseToTheSameTree() throws Exception {
        ObjectMapper json = new ObjectMapper();
        YAMLMapper yaml = new YAMLMapper();
        CloudFormationExporter x = new CloudFormationExporter();
        for (Architecture a : Coverage.designs()) {
            JsonNode fromJson = json.readTree(x.toJson(a));
            JsonNode fromYaml = yaml.readTree(x.toYaml(a));
            // equals, not isEqualTo: a failure would print two whole templates
            assertThat(fromYaml.equals(fromJson)).as("YAML and JSON trees of " + a.name()).isTrue();
            JsonNode fromTree = json.readTree(json.writeValueAsString(x.template(a)));
            assertThat(fromTree.equals(fromJson)).as("template() and JSON trees of " + a.name()).isTrue();
        }
    }
}
