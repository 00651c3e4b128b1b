package org.patternboard.exporters.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.CfnLint;
import org.patternboard.exporters.cdk.project.StackTestGenerator;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.exporters.cdk.synth.InProcessCompiler;
import software.amazon.awscdk.assertions.Template;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;

/**
 * The proof of the CDK Java export: for every sample design (walked from the samples module's folder, so new
 * samples are checked as they land) and for generated designs that use every component type and every legal
 * connection, the generated project compiles in this JVM against aws-cdk-lib, synthesizes here (one jsii
 * runtime for all stacks), and its template passes cfn-lint with no errors (one cfn-lint run for all). The
 * assertions of the generated JUnit test hold for the synthesized template, and the template agrees with the
 * direct CloudFormation export of the same design ({@link CloudFormationParity}: key properties and the number
 * of primary resources).
 */
class CdkExportVerificationTest {
    static final Path OUT = Path.of("target", "cdk-verification");

    /** The samples folder; {@code -Dpatternboard.samples=DIR} points elsewhere. */
    static Path samplesDir() {
        return Path.of(System.getProperty("patternboard.samples", "../samples/src/main/resources"));
    }

    static Map<String, Architecture> designs() throws Exception {
        Map<String, Architecture> designs = new LinkedHashMap<>();
        Path samples = samplesDir();
        if (Files.isDirectory(samples)) {
            try (Stream<Path> files = Files.walk(samples)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".pboard.json")).sorted().toList()) {
                    String name = samples.relativize(f).toString().replace('/', '_').replace(".pboard.json", "");
                    designs.put(name, DesignFiles.load(f));
                }
            }
        }
        designs.put("hostile-names", HostileDesigns.design());
        designs.put("custom-domains", CustomDomainDesigns.design());
        int i = 0;
        for (Architecture a : AllConnectionsDesigns.generate(Catalog.standard(), 25)) {
            designs.put(String.format("all-connections-%02d", ++i), a);
        }
        return designs;
    }

    @Test
    void everyDesignCompilesSynthesizesAndPassesCfnLint() throws Exception {
        CfnLint.requireInstalled();
        Map<String, Architecture> designs = designs();
        CdkJavaExporter exporter = new CdkJavaExporter();
        CdkSynthesizer synthesizer = new CdkSynthesizer();
        InProcessCompiler compiler = new InProcessCompiler();
        CloudFormationParity parity = new CloudFormationParity();
        int parityResources = 0;
        int parityProperties = 0;
        int parityTypes = 0;
        List<String> problems = new ArrayList<>();
        List<Path> templates = new ArrayList<>();
        long start = System.nanoTime();
        List<Long> synthMillis = new ArrayList<>();
        for (Map.Entry<String, Architecture> e : designs.entrySet()) {
            Path dir = OUT.resolve(e.getKey());
            deleteTree(dir);
            exporter.write(e.getValue(), dir);
            try {
                SynthResult r = synthesizer.synth(dir, dir.resolve("cdk.out"), line -> { });
                templates.addAll(r.templates().values());
                synthMillis.add(r.compile().toMillis() + r.synth().toMillis());
                Map<String, Object> json = readTemplate(r.template());
                List<StackContext.Expectation> expectations = exporter.expectations(e.getValue());
                problems.addAll(generatedTestHolds(e.getKey(), expectations, json));
                problems.addAll(generatedTestCompiles(e.getKey(), compiler, dir));
                // the same key properties and primary resource counts as the direct CloudFormation export
                CloudFormationParity.Result properties = parity.properties(e.getKey(), e.getValue(), expectations);
                CloudFormationParity.Result counts = parity.counts(e.getKey(), e.getValue(), json);
                problems.addAll(properties.problems());
                problems.addAll(counts.problems());
                parityResources += properties.expectations();
                parityProperties += properties.properties();
                parityTypes += counts.countedTypes();
            } catch (CdkSynthesisException ex) {
                String msg = ex.getMessage();
                problems.add(e.getKey() + ": " + (msg.length() > 600 ? msg.substring(0, 600) : msg));
            }
        }
        long synthDone = System.nanoTime();
        for (CfnLint.Match m : CfnLint.lintFiles(templates)) {
            if ("Error".equals(m.level())) {
                problems.add("cfn-lint " + Path.of(m.template()).getParent().getParent().getFileName() + ": " + m);
            }
        }
        System.out.printf("CDK verification: %d designs, %d templates; compile+synth %.1f s (median %d ms per stack), cfn-lint %.1f s%n",
                designs.size(), templates.size(), (synthDone - start) / 1e9, median(synthMillis), (System.nanoTime() - synthDone) / 1e9);
        System.out.printf("CDK/CloudFormation parity: %d resources with %d key properties, %d resource counts compared%n",
                parityResources, parityProperties, parityTypes);
        problems.forEach(p -> System.out.println("PROBLEM " + p.replace('\n', ' ')));
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
        assertThat(templates).hasSize(designs.size());
    }

    /**
     * The assertions of the project's generated JUnit test hold for the template synthesized here: the same
     * resource counts and key properties, checked with CDK's own {@code Template} assertions.
     */
    static List<String> generatedTestHolds(String name, List<StackContext.Expectation> expectations, Map<String, Object> json) {
        List<String> problems = new ArrayList<>();
        Template template = Template.fromJSON(json);
        Map<String, Integer> counts = new java.util.TreeMap<>();
        expectations.forEach(x -> counts.merge(x.cfnType(), 1, Integer::sum));
        counts.forEach((type, n) -> {
            if (StackTestGenerator.exactTypes().contains(type)) {
                try {
                    template.resourceCountIs(type, n);
                } catch (RuntimeException ex) {
                    problems.add(name + ": generated test: " + type + " count " + n + ": " + firstLine(ex));
                }
            }
        });
        for (StackContext.Expectation x : expectations) {
            if (!x.properties().isEmpty()) {
                try {
                    template.hasResourceProperties(x.cfnType(), x.properties());
                } catch (RuntimeException ex) {
                    problems.add(name + ": generated test: " + x.elementId() + " " + x.cfnType() + " " + x.properties() + ": " + firstLine(ex));
                }
            }
        }
        return problems;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> readTemplate(Path templateFile) throws IOException {
        return new com.fasterxml.jackson.databind.ObjectMapper().readValue(templateFile.toFile(), Map.class);
    }

    static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The generated JUnit test compiles against the project's classes. */
    static List<String> generatedTestCompiles(String name, InProcessCompiler compiler, Path project) throws IOException {
        List<Path> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(project.resolve("src"))) {
            files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(sources::add);
        }
        Path classes = Files.createTempDirectory("generated-test-classes");
        try {
            InProcessCompiler.Outcome outcome = compiler.compile(sources, classes, List.of());
            return outcome.errors().stream().map(err -> name + ": generated test does not compile: " + err).toList();
        } finally {
            deleteTree(classes);
        }
    }

    private static String firstLine(Throwable t) {
        String m = String.valueOf(t.getMessage());
        return m.lines().limit(3).reduce("", (x, y) -> x + " " + y.strip());
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
