package org.patternboard.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.patternboard.app.files.PatternFrames;
import org.patternboard.app.files.TemplateFiles;
import org.patternboard.exporters.importer.ImportIssue;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.AtomicFiles;
import org.patternboard.model.io.DesignWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patternboard import TEMPLATE --out DESIGN}: a CloudFormation or SAM template as a design that remembers it. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a CloudFormation or SAM template (JSON or YAML) as a design. The template is only read.")
public final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "TEMPLATE", description = "the CloudFormation or SAM template")
    Path template;

    @Option(names = "--out", required = true, paramLabel = "DESIGN", description = "the *.pboard.json design to write")
    Path out;

    @Option(names = "--no-patterns", description = "do not frame the shipped pattern blocks found in the template")
    boolean noPatterns;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        TemplateFiles.Imported imported = TemplateInput.load(template);
        if (out.toAbsolutePath().normalize().equals(template.toAbsolutePath().normalize())) {
            throw new UserError(out + ": --out would overwrite the template; choose a *.pboard.json file");
        }
        Architecture a = imported.result().design();
        PatternFrames patterns = noPatterns ? null : PatternFrames.of(a);
        if (patterns != null) {
            a = patterns.edit().apply(a);
        }
        AtomicFiles.write(out, new DesignWriter().writeBytes(a), false);
        PrintWriter o = spec.commandLine().getOut();
        long generic = a.components().stream().filter(c -> c.type().equals(ComponentType.GENERIC_ID)).count();
        int resources = imported.document().root().get("Resources") instanceof java.util.Map<?, ?> m ? m.size() : 0;
        o.println(template + ": " + resources + " resources → " + a.components().size() + " components ("
                + generic + " generic) and " + a.connections().size() + " connections in " + out);
        if (patterns != null) {
            o.println("recognised: " + patterns.labels());
        }
        for (ImportIssue i : imported.result().issues()) {
            o.println(TemplateFiles.where(imported.document(), i.path()) + ": " + i.level().name().toLowerCase(java.util.Locale.ROOT)
                    + ": " + i.message());
        }
        return Cli.OK;
    }
}
