package org.patternboard.app.viewmodel;

import java.nio.file.Path;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.Severity;

/**
 * What the status bar says after an export: the full path (so the user finds the file) and the open findings
 * the exported design still has (an export with errors must not look like a clean one).
 */
public record ExportNotice(Path file, int errors, int warnings) {
    public static ExportNotice of(Path file, DesignCheck check) {
        int errors = 0;
        int warnings = 0;
        if (check != null) {
            for (Finding f : check.findings()) {
                if (f.suppressed()) {
                    continue;
                }
                if (f.severity() == Severity.ERROR) {
                    errors++;
                } else if (f.severity() == Severity.WARNING) {
                    warnings++;
                }
            }
        }
        return new ExportNotice(file.toAbsolutePath().normalize(), errors, warnings);
    }

    public Path folder() {
        Path parent = file.getParent();
        return parent == null ? file : parent;
    }

    public String text() {
        String findings = errors == 0 && warnings == 0 ? "no open findings"
                : count(errors, "error") + ", " + count(warnings, "warning") + " open";
        return "Exported " + file + " (" + findings + ")";
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
