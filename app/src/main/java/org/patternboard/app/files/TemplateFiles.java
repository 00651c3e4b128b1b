package org.patternboard.app.files;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.patternboard.app.layout.AutoLayout;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.exporters.cloudformation.source.TemplateSource;
import org.patternboard.exporters.cloudformation.source.TemplateSyntaxException;
import org.patternboard.exporters.importer.ImportIssue;
import org.patternboard.exporters.importer.ImportProgress;
import org.patternboard.exporters.importer.ImportResult;
import org.patternboard.exporters.importer.TemplateImportException;
import org.patternboard.exporters.importer.TemplateImporter;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.io.DesignFiles;

/** Telling templates from designs, and importing one with a single readable message for whatever is wrong. */
public final class TemplateFiles {
    /** A template and the design it imports as. */
    public record Imported(TemplateDocument document, ImportResult result) {
    }

    /** Why a template cannot be opened, as one line naming file, line and column. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    private TemplateFiles() {
    }

    /** *.yaml, *.yml, *.json or *.template, but not a *.pboard.json design. */
    public static boolean isTemplate(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.endsWith(DesignFiles.EXTENSION)
                && (name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".template"));
    }

    public static boolean isDesignOrTemplate(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(DesignFiles.EXTENSION) || isTemplate(file);
    }

    public static TemplateDocument read(Path file) throws Unreadable {
        try {
            return TemplateSource.parse(file);
        } catch (TemplateSyntaxException e) {
            throw new Unreadable(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new Unreadable(file + ": no such file");
        } catch (IOException e) {
            throw new Unreadable(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads and imports; a template with errors (a reference to nothing …) is refused with the first of them. */
    public static Imported load(Path file, ImportProgress progress) throws Unreadable {
        TemplateDocument doc = read(file);
        ImportResult result;
        try {
            // From a file: the child templates of nested stacks next to it are opened into their frames.
            result = new TemplateImporter().importTemplate(doc, file, progress);
        } catch (TemplateImportException e) {
            throw new Unreadable(where(doc, e.path()) + ": " + e.getMessage());
        }
        List<ImportIssue> errors = result.issues().stream().filter(i -> i.level() == ImportIssue.Level.ERROR).toList();
        if (!errors.isEmpty()) {
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : "";
            throw new Unreadable(where(doc, errors.get(0).path()) + ": " + errors.get(0).message() + more);
        }
        return new Imported(doc, new ImportResult(laidOut(result.design()), result.issues()));
    }

    /** ELK's layered layout over the importer's first placement, frames included. */
    private static Architecture laidOut(Architecture a) {
        Edit layout = AutoLayout.layout(a, Set.of());
        return layout == null ? a : layout.apply(a);
    }

    /** {@code file:line:column} of the node at a path, or of its nearest ancestor written in the text. */
    public static String where(TemplateDocument doc, List<Object> path) {
        return doc.fileName() + doc.nearestSpan(path).map(s -> ":" + s.startLine() + ":" + s.startColumn()).orElse("");
    }
}
