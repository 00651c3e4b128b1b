package org.patternboard.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.patternboard.app.files.TemplateFiles;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;
import org.patternboard.exporters.cloudformation.lint.CfnLintProcess;
import org.patternboard.exporters.cloudformation.lint.DesignLint;
import org.patternboard.exporters.cloudformation.lint.LintMatch;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.CatalogConformance;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code patternboard validate DESIGN|TEMPLATE [--format text|json|sarif] [--fail-on error|warning|never] [--with-cfn-lint]}.
 * cfn-lint's findings are reported next to the rules' (and count for {@code --fail-on}) but not in the scores:
 * they are about the exported template, not about the architecture.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a design against the AWS Well-Architected pillars.")
public final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    @Parameters(index = "0", paramLabel = "DESIGN", description = "the *.pboard.json design, or a CloudFormation or SAM"
            + " template (*.yaml, *.yml, *.json, *.template), imported in memory")
    Path design;

    @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--fail-on", defaultValue = "error",
            description = "exit 1 when unsuppressed findings reach this severity: error, warning or never"
                    + " (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Option(names = "--with-cfn-lint",
            description = "also export the design to CloudFormation, run cfn-lint on the template and report its"
                    + " findings against the components (needs cfn-lint on the PATH)")
    boolean withCfnLint;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Architecture a;
        SarifReport.Regions regions = SarifReport.Regions.NONE;
        if (TemplateInput.isTemplate(design)) {
            // A template is imported in memory: the rules run on its architecture, findings point into its lines.
            TemplateFiles.Imported imported = TemplateInput.load(design);
            a = imported.result().design();
            regions = new TemplateRegions(imported.document(), a);
        } else {
            a = DesignInput.load(design);
        }
        Catalog catalog = Catalog.standard();
        for (Component c : a.components()) {
            if (!catalog.hasType(c.type())) {
                // the same line as the exports' refusal; bad stored values are REL-043 findings instead
                throw new UserError(design + ": " + CatalogConformance.unknownType(c, catalog));
            }
        }
        RuleEngine engine = RuleEngine.standard();
        ValidationResult result = engine.check(a);
        List<LintMatch> lint = withCfnLint ? cfnLint(a) : null;
        PrintWriter out = spec.commandLine().getOut();
        String name = design.toString();
        switch (format) {
            case json -> out.print(JsonReport.write(name, result, lint));
            case sarif -> out.print(SarifReport.write(name, a, engine, result, lint, regions));
            default -> out.print(TextReport.write(name, a, result, lint));
        }
        out.flush();
        boolean fails = failOn.threshold != null && (result.reaches(failOn.threshold)
                || lint != null && lint.stream().anyMatch(m -> m.severity().atLeast(failOn.threshold)));
        return fails ? Cli.FINDINGS : Cli.OK;
    }

    private List<LintMatch> cfnLint(Architecture a) {
        CfnLintProcess process = new CfnLintProcess();
        if (!process.isInstalled()) {
            throw new UserError("--with-cfn-lint: '" + process.command()
                    + "' is not on the PATH (install it with: pip install 'cfn-lint==1.51.*')");
        }
        try {
            return new DesignLint(new CloudFormationExporter(), process).lint(a);
        } catch (IOException e) {
            throw new UserError("--with-cfn-lint: " + e.getMessage());
        }
    }
}
