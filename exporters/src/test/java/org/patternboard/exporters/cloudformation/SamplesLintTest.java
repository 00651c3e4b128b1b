package org.patternboard.exporters.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.CfnLint;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;

/**
 * Every sample design (samples module) and every test design exports to templates cfn-lint accepts
 * without errors or warnings. Passes trivially while the samples module has no designs yet.
 */
class SamplesLintTest {
    @Test
    void everySampleAndTestDesignExportsLintClean() throws Exception {
        CloudFormationExporter exporter = new CloudFormationExporter();
        Map<String, String> templates = new LinkedHashMap<>();
        for (Path root : List.of(DesignSources.SAMPLES, DesignSources.TEST_DESIGNS)) {
            for (Path design : DesignSources.designs(root)) {
                Architecture a = DesignFiles.load(design);
                String name = DesignSources.name(root, design);
                Map<String, Object> t = exporter.template(a);
                Object meta = t.get("Metadata");
                assertThat(metadataKeys(meta)).as(design.toString())
                        .doesNotContain("patternboard:notExported");
                templates.put(name + ".json", exporter.toJson(a));
                templates.put(name + ".yaml", exporter.toYaml(a));
            }
        }
        if (templates.isEmpty()) {
            return;
        }
        CfnLint.requireInstalled();
        assertThat(CfnLint.errorsAndWarnings(CfnLint.lint(templates))).isEmpty();
    }

    static java.util.Set<String> metadataKeys(Object meta) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        if (meta instanceof Map<?, ?> m) {
            m.keySet().forEach(k -> keys.add(String.valueOf(k)));
        }
        return keys;
    }
}
