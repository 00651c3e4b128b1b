package org.patternboard.exporters.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.exporters.CfnLint;
import org.patternboard.exporters.cdk.synth.InProcessCompiler;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;
import org.patternboard.exporters.cloudformation.lint.CfnLintProcess;
import org.patternboard.exporters.cloudformation.lint.DesignLint;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.Severity;

/**
 * Every component type and legal connection with its enum, boolean and number properties away from their
 * defaults ({@link PropertyVariants}). Such designs may be wrong (a FIFO queue with a batch of 10,000, a Fargate
 * task size AWS does not offer), but never in a way Patternboard keeps quiet about: every error cfn-lint finds in
 * the CloudFormation export falls on a component or connection the rules report an error on. And whatever the
 * values, the CDK project compiles.
 */
class PropertyVariantsTest {
    @Test
    void nonDefaultPropertiesCompileAndLintErrorsAreFindingsFirst(@TempDir Path dir) throws Exception {
        CfnLint.requireInstalled();
        Catalog catalog = Catalog.standard();
        RuleEngine rules = RuleEngine.standard();
        CloudFormationExporter cfn = new CloudFormationExporter();
        InProcessCompiler compiler = new InProcessCompiler();
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, Object>> templates = new LinkedHashMap<>();
        Map<String, Set<String>> withErrors = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        List<Architecture> designs = AllConnectionsDesigns.generate(catalog, 25);
        for (int variant = 0; variant < PropertyVariants.COUNT; variant++) {
            for (int i = 0; i < designs.size(); i++) {
                Architecture a = PropertyVariants.of(designs.get(i), catalog, variant);
                String name = "v" + variant + "-" + i;
                Path project = dir.resolve(name);
                new CdkJavaExporter().write(a, project);
                GeneratedSources.compileErrors(project, compiler).forEach(e -> problems.add(name + " does not compile: " + e));

                Path template = dir.resolve(name + ".json");
                Files.writeString(template, cfn.toJson(a));
                files.add(template.toString());
                templates.put(template.getFileName().toString(), cfn.template(a));
                Set<String> flagged = new HashSet<>();
                for (Finding f : rules.check(a).unsuppressed()) {
                    if (f.severity() == Severity.ERROR) {
                        flagged.addAll(f.targets());
                    }
                }
                withErrors.put(template.getFileName().toString(), flagged);
            }
        }
        Path cwd = Files.createDirectories(dir.resolve("cwd"));
        for (CfnLintProcess.Raw m : new CfnLintProcess().lint(files, cwd)) {
            if (!"Error".equalsIgnoreCase(m.level())) {
                continue;
            }
            String file = Path.of(m.file()).getFileName().toString();
            List<String> targets = DesignLint.targets(templates.get(file), m.path());
            if (targets.stream().noneMatch(withErrors.get(file)::contains)) {
                problems.add(file + ": cfn-lint " + m.rule() + " at " + String.join("/", m.path()) + " on " + targets
                        + " with no error finding there: " + m.message());
            }
        }
        assertThat(problems).isEmpty();
    }
}
