package org.patternboard.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.patternboard.model.patterns.Spread;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code patternboard spread DESIGN... [--check]}: opens a hand-made layout until a connection label fits
 * between any two neighbouring cards (Spread), keeping its reading order, and writes it in canonical form.
 */
@Command(name = "spread", mixinStandardHelpOptions = true,
        description = "Spread a layout apart, keeping its order, until connection labels fit between neighbouring cards; "
                + "written in canonical form.")
public final class SpreadCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DESIGN", description = "*.pboard.json files")
    List<Path> designs;

    @Option(names = "--column-gap", paramLabel = "PX", description = "Least room between side-by-side cards (default: ${DEFAULT-VALUE}).")
    double columnGap = Spread.COLUMN_GAP;

    @Option(names = "--row-gap", paramLabel = "PX", description = "Least room between stacked cards (default: ${DEFAULT-VALUE}).")
    double rowGap = Spread.ROW_GAP;

    @Option(names = "--check", description = "Change nothing; exit 1 when a file would change.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        return new DesignRewrite(design -> Spread.apply(design, columnGap, rowGap), "spread", "would change")
                .run(designs, check, spec.commandLine().getOut());
    }
}
