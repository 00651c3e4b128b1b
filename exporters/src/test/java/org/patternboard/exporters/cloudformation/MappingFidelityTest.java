package org.patternboard.exporters.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cdk.PropertyVariants;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.mapping.PropertyMapping;
import org.patternboard.model.catalog.mapping.ResourceMapping;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;

/**
 * The catalog's property mappings are what the importer reads and the round trip writes, so they must say
 * exactly what the CloudFormation exporter does: for every curated type in the coverage designs, with the
 * covering values and with non-default variants, reading the exported resource through the mapping gives back
 * every mapped value the design set. Mappings the data marks conditional (the emitter derives or drops the value
 * depending on other settings) are counted, not compared.
 */
class MappingFidelityTest {
    private final Catalog catalog = Catalog.standard();
    private final CloudFormationExporter exporter = new CloudFormationExporter();

    @Test
    void readingTheExportThroughTheMappingGivesBackTheDesignValues() {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        int conditional = 0;
        for (Architecture base : Coverage.designs()) {
            List<Architecture> designs = new ArrayList<>(List.of(base));
            for (int v = 0; v < PropertyVariants.COUNT; v++) {
                designs.add(PropertyVariants.of(base, catalog, v));
            }
            for (Architecture a : designs) {
                Map<String, Object> resources = resources(exporter.template(a));
                for (Component c : a.components()) {
                    for (ResourceMapping m : catalog.mappingsOf(c.type())) {
                        Optional<Map<String, Object>> props = exported(resources, c.id(), m);
                        if (props.isEmpty()) {
                            continue;
                        }
                        Map<String, Object> read = m.read(props.get());
                        for (PropertyMapping pm : m.properties()) {
                            Object set = c.properties().get(pm.property());
                            if (set == null || isOmittedDefault(c, pm, set)) {
                                continue;
                            }
                            if (pm.isConditional()) {
                                // the emitter's own logic decides (see the mapping's reason); reading is still exact
                                conditional++;
                                continue;
                            }
                            checked++;
                            if (!same(set, read.get(pm.property()))) {
                                mismatches.add(a.name() + " " + c.id() + " (" + c.type() + ") " + pm.property() + " -> "
                                        + m.resourceType() + " " + pm.pathText() + ": design " + set + ", read back "
                                        + read.get(pm.property()));
                            }
                        }
                    }
                }
            }
        }
        // 7,668 exact comparisons and 1,110 conditional ones when written
        assertThat(checked).as("mapped values compared").isGreaterThan(5000);
        assertThat(checked).as("conditional mappings stay the exception").isGreaterThan(5 * conditional);
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyCuratedTypeThatExportsAResourceHasAMapping() {
        List<String> unmapped = new ArrayList<>();
        for (Architecture a : Coverage.designs()) {
            Map<String, Object> resources = resources(exporter.template(a));
            for (Component c : a.components()) {
                boolean exportsOwnResource = resources.values().stream().anyMatch(r -> c.id().equals(owner(r)));
                if (exportsOwnResource && catalog.mappingsOf(c.type()).isEmpty() && !c.type().startsWith("external.")
                        && !c.type().equals("aws.cloudformation.resource")) {
                    unmapped.add(c.type());
                }
            }
        }
        assertThat(unmapped.stream().distinct().sorted().toList()).isEmpty();
    }

    private boolean isOmittedDefault(Component c, PropertyMapping pm, Object value) {
        Object d = catalog.type(c.type()).flatMap(t -> t.property(pm.property())).map(PropertySpec::defaultValue).orElse(null);
        return pm.omitDefault() && same(d, value);
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> exported(Map<String, Object> resources, String componentId, ResourceMapping m) {
        for (Object r : resources.values()) {
            Map<String, Object> res = (Map<String, Object>) r;
            if (componentId.equals(owner(res)) && m.resourceType().equals(res.get("Type"))) {
                Map<String, Object> props = (Map<String, Object>) res.getOrDefault("Properties", Map.of());
                if (m.matches(props)) {
                    return Optional.of(props);
                }
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Object owner(Object resource) {
        Object meta = ((Map<String, Object>) resource).get("Metadata");
        return meta instanceof Map<?, ?> m ? m.get(ExportContext.META_COMPONENT) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> resources(Map<String, Object> template) {
        return (Map<String, Object>) template.get("Resources");
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.longValue() == y.longValue();
        }
        return a != null && b != null && Objects.equals(String.valueOf(a), String.valueOf(b));
    }
}
