package org.patternboard.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.patternboard.model.io.AtomicFiles;
import org.patternboard.model.io.DesignWriter;
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
        // Read everything first: one broken file must not leave the others half-done.
        DesignWriter writer = new DesignWriter();
        java.util.Map<Path, byte[]> canonical = new java.util.LinkedHashMap<>();
        for (Path file : designs) {
            canonical.put(file, writer.writeBytes(DesignInput.load(file)));
        }
        int notCanonical = 0;
        for (java.util.Map.Entry<Path, byte[]> e : canonical.entrySet()) {
            if (Arrays.equals(e.getValue(), Files.readAllBytes(e.getKey()))) {
                continue;
            }
            notCanonical++;
            if (check) {
                spec.commandLine().getOut().println(e.getKey() + ": not in canonical form");
            } else {
                AtomicFiles.write(e.getKey(), e.getValue(), false);
                spec.commandLine().getOut().println(e.getKey() + ": formatted");
            }
        }
        return check && notCanonical > 0 ? Cli.FINDINGS : Cli.OK;
    }
}
