package org.patternboard.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code patternboard}: the root command. Subcommands are registered here, one line each. */
@Command(name = "patternboard", mixinStandardHelpOptions = true, versionProvider = Versions.class,
        description = "Design AWS serverless architectures, check them against the Well-Architected pillars, export them.",
        subcommands = {
            CatalogCommand.class,
            FormatCommand.class,
            SpreadCommand.class,
            NewCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            ValidateCommand.class,
            RenderCommand.class,
            ReportCommand.class,
            DiffCommand.class,
            CostCommand.class,
            PricesCommand.class,
            CommandLine.HelpCommand.class,
            CompletionCommand.class,
        })
public final class PatternboardCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.OK;
    }
}
