package org.patternboard.model.catalog.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.PropertySpec;

class ResourceMappingTest {
    private final Catalog catalog = Catalog.standard();

    @Test
    void readsPlainValuesAndLeavesIntrinsicsInTheTemplate() {
        ResourceMapping m = catalog.mappingFor("AWS::Lambda::Function", Map.of()).orElseThrow();
        Map<String, Object> props = Map.of("Runtime", "python3.12", "MemorySize", Map.of("Ref", "Memory"),
                "Timeout", "30", "TracingConfig", Map.of("Mode", "Active"));
        Map<String, Object> design = m.read(props);
        assertThat(design).containsEntry("runtime", "python3.12").containsEntry("timeout", 30L)
                .containsEntry("tracing", "Active").doesNotContainKey("memorySize");
    }

    @Test
    void samFunctionsMapToTheSameType() {
        ResourceMapping m = catalog.mappingFor("AWS::Serverless::Function", Map.of()).orElseThrow();
        assertThat(m.componentType()).isEqualTo("aws.lambda.function");
        assertThat(m.read(Map.of("Tracing", "Active", "CodeUri", "src/"))).containsEntry("tracing", "Active")
                .containsEntry("codeUri", "src/");
    }

    @Test
    void unknownEnumValuesStayInTheTemplate() {
        ResourceMapping m = catalog.mappingFor("AWS::Lambda::Function", Map.of()).orElseThrow();
        assertThat(m.read(Map.of("Runtime", "cobol85"))).doesNotContainKey("runtime");
    }

    @Test
    void writeCreatesAndRemovesNestedPaths() {
        ResourceMapping m = catalog.mappingFor("AWS::Lambda::Function", Map.of()).orElseThrow();
        Map<String, Object> props = new LinkedHashMap<>();
        m.write(props, m.property("tracing").orElseThrow(), "Active");
        assertThat(props).isEqualTo(Map.of("TracingConfig", Map.of("Mode", "Active")));
        m.write(props, m.property("tracing").orElseThrow(), null);
        assertThat(props).isEmpty();
    }

    /** The promise the importer relies on: what is read writes back to the same value. */
    @Test
    void everyMappedPropertyRoundTripsItsSampleValues() {
        int checked = 0;
        for (ResourceMapping m : catalog.mappings()) {
            ComponentType type = catalog.type(m.componentType()).orElseThrow();
            for (PropertyMapping p : m.properties()) {
                PropertySpec spec = type.property(p.property()).orElseThrow();
                for (Object design : samples(spec)) {
                    Map<String, Object> props = new LinkedHashMap<>();
                    m.write(props, p, design);
                    assertThat(m.read(p, props)).as(m.resourceType() + " " + p.pathText()).contains(design);
                    checked++;
                }
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    private static List<Object> samples(PropertySpec spec) {
        return switch (spec.type()) {
            case INT, DURATION, SIZE -> List.of(spec.min() != null ? spec.min() : 1L, spec.max() != null ? spec.max() : 1000L);
            case BOOL -> List.of(true, false);
            case ENUM -> List.copyOf(spec.values());
            case STRING -> List.of("value-1");
            case LIST -> List.of(List.of("a", "b"));
            case MAP -> List.of(Map.of("KEY", "v"));
            case JSON -> List.of(Map.of("k", 1L));
        };
    }
}
