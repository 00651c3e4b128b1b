package org.patternboard.exporters.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.exporters.cdk.synth.InProcessCompiler;
import org.patternboard.exporters.cdk.stack.LibraryNames;
import org.patternboard.exporters.cdk.stack.StackContext.Expectation;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.mapping.CdkSetter;
import org.patternboard.model.catalog.mapping.PropertyMapping;
import org.patternboard.model.catalog.mapping.ResourceMapping;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;

/**
 * Every property whose catalog mapping names a CDK setter ({@code "cdk"}), set away from its default on a
 * component of a covering design: the generated stack calls that setter, and the value it states, in its
 * CloudFormation form at the mapped path, is the value the CloudFormation export writes there; and every value of
 * an enum property names a constant that aws-cdk-lib has; and the varied stacks compile against aws-cdk-lib. So one line of catalog data drives both exports. The
 * synthesis tests ({@link PropertyVariantsSynthTest}) then hold the setters, with their units, to what aws-cdk-lib
 * really writes.
 */
class MappedSettersTest {
    /** Properties that only exist together with another (a FIFO topic's or queue's deduplication). */
    private static final Map<String, Map<String, Object>> NEEDS = Map.of(
            "contentBasedDeduplication", Map.of("fifo", true));

    private final Catalog catalog = Catalog.standard();
    private final CdkJavaExporter exporter = new CdkJavaExporter();
    private final CloudFormationParity parity = new CloudFormationParity();

    @Test
    void everyMappedSetterStatesWhatTheCloudFormationExportWrites(@TempDir Path dir) throws Exception {
        List<Architecture> designs = AllConnectionsDesigns.generate(catalog, 25);
        List<String> problems = new ArrayList<>();
        int checked = 0;
        List<Path> sources = new ArrayList<>();
        for (ResourceMapping m : catalog.mappings()) {
            for (PropertyMapping pm : m.properties()) {
                Optional<CdkSetter> setter = pm.cdkSetter();
                if (setter.isEmpty()) {
                    continue;
                }
                String what = m.componentType() + " " + pm.property() + " (" + setter.get().setter() + ")";
                PropertySpec spec = catalog.type(m.componentType()).orElseThrow().property(pm.property()).orElseThrow();
                Object value = awayFromDefault(spec);
                Optional<Architecture> base = designs.stream().filter(d -> d.components().stream()
                        .anyMatch(c -> c.type().equals(m.componentType()))).findFirst();
                if (value == null || base.isEmpty()) {
                    problems.add(what + ": no covering design or no value other than the default to test with");
                    continue;
                }
                Component c = base.get().components().stream().filter(x -> x.type().equals(m.componentType()))
                        .findFirst().orElseThrow();
                Component varied = c.withProperty(pm.property(), value);
                for (Map.Entry<String, Object> need : NEEDS.getOrDefault(pm.property(), Map.of()).entrySet()) {
                    varied = varied.withProperty(need.getKey(), need.getValue());
                }
                Architecture a = base.get().withComponent(varied).withName("Mapped setter " + (checked + 1));
                String source = exporter.stackSource(a);
                if (!source.contains("." + setter.get().setter() + "(")) {
                    problems.add(what + " = " + value + ": the stack does not call ." + setter.get().setter() + "(");
                }
                List<Expectation> mine = exporter.expectations(a).stream()
                        .filter(x -> x.elementId().equals(c.id()) && x.cfnType().equals(m.resourceType())).toList();
                Object stated = mine.isEmpty() ? null : at(mine.get(0).properties(), pm.path());
                Map<String, Object> written = new java.util.LinkedHashMap<>();
                m.write(written, pm, value);
                if (!Objects.equals(stated, at(written, pm.path()))) {
                    problems.add(what + " = " + value + ": the CDK export states " + stated + " at " + pm.pathText()
                            + ", the mapping gives " + at(written, pm.path()));
                }
                problems.addAll(parity.properties(what, a, mine).problems());
                if (setter.get().form().equals("constant")) {
                    String cls = "software.amazon.awscdk.services." + setter.get().constantService() + "." + setter.get().constantClass();
                    for (String v : spec.values()) {
                        if (!LibraryNames.hasConstant(cls, setter.get().constantName(v))) {
                            problems.add(what + ": aws-cdk-lib has no " + cls + "." + setter.get().constantName(v) + " for '" + v + "'");
                        }
                    }
                }
                for (Map.Entry<String, String> f : exporter.files(a).entrySet()) {
                    if (f.getKey().startsWith("src/main/java/")) {
                        Path file = dir.resolve("src").resolve(f.getKey());
                        Files.createDirectories(file.getParent());
                        Files.writeString(file, f.getValue());
                        sources.add(file);
                    }
                }
                checked++;
            }
        }
        // one javac run over every varied stack: a setter aws-cdk-lib does not have, or a value of the wrong
        // type (a number where it takes a Duration), does not compile
        try (InProcessCompiler javac = new InProcessCompiler()) {
            InProcessCompiler.Outcome compiled = javac.compile(sources, dir.resolve("classes"), List.of());
            problems.addAll(compiled.errors());
        }
        System.out.printf("Mapped CDK setters: %d checked, %d source files compiled%n", checked, sources.size());
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(checked).as("setters checked").isGreaterThanOrEqualTo(25);
    }

    /** A valid value other than the effective default: another enum value, the other boolean, a number in range. */
    static Object awayFromDefault(PropertySpec spec) {
        Object current = spec.effectiveDefault();
        return switch (spec.type()) {
            case ENUM -> spec.values().stream().filter(v -> !v.equals(String.valueOf(current))
                    && (spec.deprecated() == null || !spec.deprecated().contains(v))).findFirst().orElse(null);
            case BOOL -> !Boolean.TRUE.equals(current);
            case INT, DURATION, SIZE -> {
                // 120 where the range allows it (a duration then shows its readable unit), else the lowest value
                long low = spec.min() == null ? 1 : spec.min();
                long v = low <= 120 && (spec.max() == null || spec.max() >= 120) ? 120 : low;
                yield current instanceof Number n && n.longValue() == v ? v + 1 : v;
            }
            case STRING -> "MIT-0";
            default -> null;
        };
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> properties, List<String> path) {
        Object v = properties;
        for (String step : path) {
            if (!(v instanceof Map<?, ?> m)) {
                return null;
            }
            v = ((Map<String, Object>) m).get(step);
        }
        return v;
    }
}
