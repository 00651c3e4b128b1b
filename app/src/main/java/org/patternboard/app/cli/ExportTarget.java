package org.patternboard.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.patternboard.model.design.Architecture;

/** One {@code --to} of {@code patternboard export}. */
public interface ExportTarget {
    /** The {@code --to} value, e.g. {@code cloudformation}. */
    String id();

    /**
     * Writes the export.
     *
     * @param options the export command's options (format flags, --synth)
     * @param progress where progress lines go (stderr), so stdout stays clean for scripts
     */
    void export(Architecture design, Path out, ExportOptions options, PrintWriter progress) throws Exception;
}
