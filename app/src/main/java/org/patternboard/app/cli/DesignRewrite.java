package org.patternboard.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.AtomicFiles;
import org.patternboard.model.io.DesignWriter;

/**
 * Rewrites design files in canonical form after one change (format: none, spread: the layout), or with
 * {@code --check} only says which files would change. Shared so both commands treat files alike.
 */
final class DesignRewrite {
    private final UnaryOperator<Architecture> change;
    private final String rewritten;
    private final String wouldChange;

    /** {@code rewritten} and {@code wouldChange} finish the line printed after a file's path. */
    DesignRewrite(UnaryOperator<Architecture> change, String rewritten, String wouldChange) {
        this.change = change;
        this.rewritten = rewritten;
        this.wouldChange = wouldChange;
    }

    /** Exit code: {@link Cli#FINDINGS} when checking and a file would change, else {@link Cli#OK}. */
    int run(List<Path> designs, boolean check, PrintWriter out) throws IOException {
        // Read everything first: one broken file must not leave the others half-done.
        DesignWriter writer = new DesignWriter();
        Map<Path, byte[]> result = new LinkedHashMap<>();
        for (Path file : designs) {
            result.put(file, writer.writeBytes(change.apply(DesignInput.load(file))));
        }
        int changed = 0;
        for (Map.Entry<Path, byte[]> e : result.entrySet()) {
            if (Arrays.equals(e.getValue(), Files.readAllBytes(e.getKey()))) {
                continue;
            }
            changed++;
            if (check) {
                out.println(e.getKey() + ": " + wouldChange);
            } else {
                AtomicFiles.write(e.getKey(), e.getValue(), false);
                out.println(e.getKey() + ": " + rewritten);
            }
        }
        return check && changed > 0 ? Cli.FINDINGS : Cli.OK;
    }
}
