package org.patternboard.app.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.CatalogConformance;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.Severity;
import org.patternboard.model.rules.ValidationResult;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patternboard export DESIGN --to TARGET --out PATH}, or {@code --to cloudformation --onto TEMPLATE [--out FILE]}. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export a design as CloudFormation (JSON or YAML) or as a CDK Java project.")
public final class ExportCommand implements Callable<Integer> {
    /** The export targets, one line each. */
    static List<ExportTarget> targets() {
        return List.of(
                new CloudFormationTarget(),
                new CdkJavaTarget());
    }

    @Parameters(index = "0", paramLabel = "DESIGN", description = "the *.pboard.json design")
    Path design;

    @Option(names = "--to", required = true, paramLabel = "TARGET", description = "cloudformation or cdk-java")
    String to;

    @Option(names = "--out", paramLabel = "PATH", description = "output file (cloudformation) or directory (cdk-java);"
            + " with --onto, where the saved template goes instead of TEMPLATE itself")
    Path out;

    @Option(names = "--onto", paramLabel = "TEMPLATE", description = "cloudformation: save an imported design back onto its"
            + " template, changing only what the design changed (an unedited design gives the file back byte for byte)")
    Path onto;

    static final class TemplateFormat {
        @Option(names = "--yaml", description = "CloudFormation as YAML")
        boolean yaml;
        @Option(names = "--json", description = "CloudFormation as JSON (default)")
        boolean json;
    }

    @ArgGroup(exclusive = true)
    TemplateFormat templateFormat;

    @Option(names = "--synth", description = "cdk-java: also synthesize the stack in-process and write cdk.out/")
    boolean synth;

    @Option(names = "--fail-on", defaultValue = "never",
            description = "refuse to export (exit 1, nothing written) when unsuppressed findings reach this severity:"
                    + " error, warning or never (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Map<String, ExportTarget> byId = new LinkedHashMap<>();
        targets().forEach(t -> byId.put(t.id(), t));
        ExportTarget target = byId.get(to);
        if (target == null) {
            throw new UserError("unknown export target '" + to + "'; choose one of " + String.join(", ", byId.keySet()));
        }
        Architecture a = DesignInput.load(design);
        // An unknown type or a value the catalog refuses would be dropped by the export: refuse instead.
        Optional<CatalogConformance.Problem> problem = CatalogConformance.first(a, Catalog.standard());
        if (problem.isPresent()) {
            throw new UserError(design + ": " + problem.get().message());
        }
        ValidationResult findings = RuleEngine.standard().check(a);
        if (failOn.reachedBy(findings)) {
            spec.commandLine().getErr().println(summary(findings));
            spec.commandLine().getErr().println("not exported: findings reach --fail-on " + failOn
                    + " (see patternboard validate " + design + ")");
            return Cli.FINDINGS;
        }
        if (onto != null) {
            if (!target.id().equals("cloudformation")) {
                throw new UserError("--onto works with --to cloudformation only");
            }
            new SaveBack(spec.commandLine().getErr()).save(a, design, onto, out == null ? onto : out);
            spec.commandLine().getErr().println(summary(findings));
            return Cli.OK;
        }
        if (out == null) {
            throw new UserError("--out is required (a file for cloudformation, a directory for cdk-java)");
        }
        boolean yaml = templateFormat != null && templateFormat.yaml;
        target.export(a, out, new ExportOptions(yaml, synth), spec.commandLine().getErr());
        spec.commandLine().getErr().println(summary(findings));
        return Cli.OK;
    }

    /** One line, so a script's log shows that a design with errors was exported. */
    static String summary(ValidationResult r) {
        int errors = r.count(Severity.ERROR);
        int warnings = r.count(Severity.WARNING);
        int infos = r.count(Severity.INFO);
        if (errors + warnings + infos == 0) {
            return "findings: none open";
        }
        return "findings: " + plural(errors, "error") + ", " + plural(warnings, "warning") + ", " + plural(infos, "info")
                + " open (patternboard validate lists them)";
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
    }
}
