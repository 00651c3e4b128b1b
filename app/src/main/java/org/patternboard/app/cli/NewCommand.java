package org.patternboard.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.AtomicFiles;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code patternboard new NAME [--out FILE]}: an empty canonical design to start from, so nobody writes one by hand. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Write a new, empty design in canonical form (it validates as it is).")
public final class NewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "NAME", description = "the design's name, e.g. \"Orders API\"")
    String name;

    @Option(names = "--out", paramLabel = "FILE", description = "where to write it (default: NAME as a file name"
            + " in the current folder, e.g. orders-api.pboard.json); an existing file is never overwritten")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (name.isBlank()) {
            throw new UserError("the design needs a name, e.g. patternboard new \"Orders API\"");
        }
        Path file = out != null ? out : Path.of(fileName(name));
        if (Files.exists(file)) {
            throw new UserError(file + " exists already; choose another --out (patternboard never overwrites a design here)");
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError("cannot write " + file + ": directory " + parent + " does not exist");
        }
        AtomicFiles.write(file, new DesignWriter().writeBytes(Architecture.empty(name.strip())), false);
        spec.commandLine().getErr().println("wrote " + file + "; open it with ./patternboard or add components in the app");
        return Cli.OK;
    }

    /** "Orders API" -> orders-api.pboard.json: lower case, letters and digits, dashes between words. */
    static String fileName(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return (slug.isEmpty() ? "design" : slug) + DesignFiles.EXTENSION;
    }
}
