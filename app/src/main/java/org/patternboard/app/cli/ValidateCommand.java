package org.patternboard.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.Severity;
import org.patternboard.model.rules.ValidationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patternboard validate DESIGN [--format text|json|sarif] [--fail-on error|warning|never]}. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a design against the AWS Well-Architected pillars.")
public final class ValidateCommand implements Callable<Integer> {
    enum Format { text, json, sarif }

    enum FailOn {
        error(Severity.ERROR), warning(Severity.WARNING), never(null);

        final Severity threshold;

        FailOn(Severity threshold) {
            this.threshold = threshold;
        }
    }

    @Parameters(index = "0", paramLabel = "DESIGN", description = "the *.pboard.json design")
    Path design;

    @Option(names = "--format", defaultValue = "text", description = "text, json or sarif (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--fail-on", defaultValue = "error",
            description = "exit 1 when unsuppressed findings reach this severity: error, warning or never"
                    + " (default: ${DEFAULT-VALUE})")
    FailOn failOn;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Architecture a = DesignInput.load(design);
        Catalog catalog = Catalog.standard();
        for (Component c : a.components()) {
            if (!catalog.hasType(c.type())) {
                throw new UserError(design + ": component '" + c.id() + "' has unknown type '" + c.type() + "'");
            }
        }
        RuleEngine engine = RuleEngine.standard();
        ValidationResult result = engine.check(a);
        PrintWriter out = spec.commandLine().getOut();
        String name = design.toString();
        switch (format) {
            case json -> out.print(JsonReport.write(name, result));
            case sarif -> out.print(SarifReport.write(name, a, engine, result));
            default -> out.print(TextReport.write(name, a, result));
        }
        out.flush();
        return failOn.threshold != null && result.reaches(failOn.threshold) ? Cli.FINDINGS : Cli.OK;
    }
}
