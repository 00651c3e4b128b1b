package org.patternboard.exporters.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.CfnLint;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.ConnectionRule;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Every component type and every legal (source, kind, target) of the catalog exports, and the real
 * cfn-lint has nothing to say about the templates, as JSON or as YAML.
 */
class CatalogCoverageTest {
    final Catalog catalog = Catalog.standard();
    final CloudFormationExporter exporter = new CloudFormationExporter();

    @Test
    void generatedDesignsUseEveryTypeAndEveryRule() {
        Set<String> types = new TreeSet<>();
        Set<String> triples = new TreeSet<>();
        for (Architecture a : Coverage.designs()) {
            for (Component c : a.components()) {
                types.add(c.type());
            }
            for (Connection c : a.connections()) {
                triples.add(a.componentOrNull(c.from()).type() + " " + c.kind().id() + " " + a.componentOrNull(c.to()).type());
            }
        }
        assertThat(types).containsAll(catalog.types().stream().map(ComponentType::id).toList());
        for (ConnectionRule r : catalog.rules()) {
            assertThat(triples).as("rule covered").contains(r.from() + " " + r.kind().id() + " " + r.to());
        }
    }

    @Test
    void everyConnectionAndComponentIsExportedAndTemplatesStayWithinLimits() {
        for (Architecture a : Coverage.designs()) {
            Map<String, Object> t = exporter.template(a);
            Object meta = t.get("Metadata");
            assertThat(metadataKeys(meta)).as(a.name()).doesNotContain("patternboard:notExported");
            assertThat(((Map<?, ?>) t.get("Resources")).size()).as(a.name()).isLessThanOrEqualTo(500);
            assertThat(t.get("Outputs") == null ? 0 : ((Map<?, ?>) t.get("Outputs")).size()).isLessThanOrEqualTo(200);
            assertThat(t.get("Parameters") == null ? 0 : ((Map<?, ?>) t.get("Parameters")).size()).isLessThanOrEqualTo(200);
        }
    }

    @Test
    void cfnLintFindsNoErrorsAndNoWarningsInJsonAndYaml() {
        CfnLint.requireInstalled();
        Map<String, String> templates = new LinkedHashMap<>();
        int i = 0;
        for (Architecture a : Coverage.designs()) {
            i++;
            templates.put("coverage" + i + ".json", exporter.toJson(a));
            templates.put("coverage" + i + ".yaml", exporter.toYaml(a));
        }
        List<CfnLint.Match> problems = CfnLint.errorsAndWarnings(CfnLint.lint(templates));
        assertThat(problems).as("cfn-lint errors and warnings").isEmpty();
    }

    static java.util.Set<String> metadataKeys(Object meta) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        if (meta instanceof Map<?, ?> m) {
            m.keySet().forEach(k -> keys.add(String.valueOf(k)));
        }
        return keys;
    }
}
