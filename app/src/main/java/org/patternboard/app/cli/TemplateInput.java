package org.patternboard.app.cli;

import java.nio.file.Path;
import org.patternboard.app.files.TemplateFiles;
import org.patternboard.exporters.importer.ImportProgress;

/** Reads and imports a template for a command; what makes it unusable becomes a one-line {@link UserError}. */
final class TemplateInput {
    private TemplateInput() {
    }

    static boolean isTemplate(Path file) {
        return TemplateFiles.isTemplate(file);
    }

    static TemplateFiles.Imported load(Path file) {
        try {
            return TemplateFiles.load(file, ImportProgress.NONE);
        } catch (TemplateFiles.Unreadable e) {
            throw new UserError(e.getMessage());
        }
    }
}
