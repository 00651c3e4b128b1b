package org.patternboard.exporters.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.Severity;

/**
 * The {@link PropertyVariants} of the covering designs, after Patternboard's quick fixes for every error finding
 * (what a user gets by fixing the errors): no error is left, the CDK stack synthesizes with the real aws-cdk-lib,
 * the generated test's assertions hold for the synthesized template, and it declares the same key properties
 * and resource counts as the CloudFormation export, now with the properties away from their defaults.
 */
class PropertyVariantsSynthTest {
    @Test
    void fixedVariantsSynthesizeAndMatchTheCloudFormationExport(@TempDir Path dir) throws Exception {
        Catalog catalog = Catalog.standard();
        RuleEngine rules = RuleEngine.standard();
        CdkJavaExporter exporter = new CdkJavaExporter();
        CdkSynthesizer synthesizer = new CdkSynthesizer();
        CloudFormationParity parity = new CloudFormationParity();
        List<String> problems = new ArrayList<>();
        int properties = 0;
        List<Architecture> designs = AllConnectionsDesigns.generate(catalog, 25);
        for (int variant = 0; variant < PropertyVariants.COUNT; variant++) {
            for (int i = 0; i < designs.size(); i++) {
                Architecture a = PropertyVariants.fixed(PropertyVariants.of(designs.get(i), catalog, variant), rules);
                String name = "v" + variant + "-" + i;
                for (Finding f : rules.check(a).unsuppressed()) {
                    if (f.severity() == Severity.ERROR) {
                        problems.add(name + ": error without a quick fix: " + f.ruleId() + " " + f.message());
                    }
                }
                Path project = dir.resolve(name);
                exporter.write(a, project);
                try {
                    SynthResult r = synthesizer.synth(project, project.resolve("cdk.out"), line -> { });
                    Map<String, Object> template = CdkExportVerificationTest.readTemplate(r.template());
                    List<StackContext.Expectation> expectations = exporter.expectations(a);
                    // the generated test's assertions hold for what aws-cdk-lib wrote: a setter's unit or constant
                    // that disagrees with the template export fails here, with the values away from their defaults
                    problems.addAll(CdkExportVerificationTest.generatedTestHolds(name, expectations, template));
                    CloudFormationParity.Result keys = parity.properties(name, a, expectations);
                    problems.addAll(keys.problems());
                    problems.addAll(parity.counts(name, a, template).problems());
                    properties += keys.properties();
                } catch (CdkSynthesisException e) {
                    String m = e.getMessage();
                    problems.add(name + " does not synthesize: " + (m.length() > 600 ? m.substring(0, 600) : m));
                }
            }
        }
        System.out.printf("Property variants: %d stacks synthesized, %d key properties compared%n", designs.size() * PropertyVariants.COUNT, properties);
        assertThat(problems).isEmpty();
    }
}
