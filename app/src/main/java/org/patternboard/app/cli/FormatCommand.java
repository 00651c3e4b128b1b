package org.patternboard.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code patternboard format DESIGN... [--check]}: rewrites designs in canonical form. */
@Command(name = "format", mixinStandardHelpOptions = true,
        description = "Rewrite designs in canonical form (sorted keys, lists by id, 2-space indent).")
public final class FormatCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DESIGN", description = "*.pboard.json files")
    List<Path> designs;

    @Option(names = "--check", description = "Change nothing; exit 1 when a file is not canonical.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return new DesignRewrite(design -> design, "formatted", "not in canonical form")
                .run(designs, check, spec.commandLine().getOut());
    }
}
