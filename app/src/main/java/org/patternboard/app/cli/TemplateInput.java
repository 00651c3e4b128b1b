package org.patternboard.app.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.patternboard.exporters.cloudformation.source.SourceSpan;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.exporters.cloudformation.source.TemplateSource;
import org.patternboard.exporters.cloudformation.source.TemplateSyntaxException;
import org.patternboard.exporters.importer.ImportIssue;
import org.patternboard.exporters.importer.ImportResult;
import org.patternboard.exporters.importer.TemplateImportException;
import org.patternboard.exporters.importer.TemplateImporter;
import org.patternboard.model.io.DesignFiles;

/**
 * Reads and imports a CloudFormation or SAM template for a command. Every problem that makes the template unusable
 * (bad syntax, no resources, a reference to nothing) becomes a one-line {@link UserError} naming file, line and
 * column; the template itself is only ever read.
 */
final class TemplateInput {
    record Imported(TemplateDocument document, ImportResult result) {
    }

    private TemplateInput() {
    }

    /** A template rather than a design: *.yaml, *.yml, *.json or *.template, but not *.pboard.json. */
    static boolean isTemplate(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(DesignFiles.EXTENSION)) {
            return false;
        }
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json") || name.endsWith(".template");
    }

    static Imported load(Path file) {
        TemplateDocument doc;
        try {
            doc = TemplateSource.parse(file);
        } catch (TemplateSyntaxException e) {
            throw new UserError(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read (" + e.getMessage() + ")");
        }
        ImportResult result;
        try {
            result = new TemplateImporter().importTemplate(doc);
        } catch (TemplateImportException e) {
            throw new UserError(where(doc, e.path()) + ": " + e.getMessage());
        }
        List<ImportIssue> errors = result.issues().stream().filter(i -> i.level() == ImportIssue.Level.ERROR).toList();
        if (!errors.isEmpty()) {
            ImportIssue first = errors.get(0);
            String more = errors.size() > 1 ? " (and " + (errors.size() - 1) + " more errors)" : "";
            throw new UserError(where(doc, first.path()) + ": " + first.message() + more);
        }
        return new Imported(doc, result);
    }

    /** {@code file:line:column} of the node at a path, or of its nearest ancestor that is in the text. */
    static String where(TemplateDocument doc, List<Object> path) {
        Optional<SourceSpan> span = doc.nearestSpan(path);
        return doc.fileName() + span.map(s -> ":" + s.startLine() + ":" + s.startColumn()).orElse("");
    }
}
