package org.patternboard.exporters.cloudformation.roundtrip;

import java.util.List;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.exporters.cloudformation.source.TemplatePatcher;
import org.patternboard.exporters.cloudformation.source.TemplateSource;
import org.patternboard.model.design.Architecture;

/**
 * Saves an imported design back onto its template: the template's text with only the design's changes patched
 * in, so comments, key order, quoting and layout elsewhere stay byte for byte, and an unedited design gives the
 * file back unchanged. A template that changed since the import is refused, since patching it would undo the
 * changes made there.
 */
public final class TemplateSaveBack {
    /** The new text and what could not be written back. */
    public record Saved(String text, boolean changed, List<String> warnings) {
        public Saved {
            warnings = List.copyOf(warnings);
        }
    }

    /** The template changed since the design was imported from it. */
    public static final class TemplateChangedException extends RuntimeException {
        TemplateChangedException(String message) {
            super(message);
        }
    }

    private final RoundTripExporter exporter;

    public TemplateSaveBack() {
        this(new RoundTripExporter());
    }

    public TemplateSaveBack(RoundTripExporter exporter) {
        this.exporter = exporter;
    }

    public Saved save(Architecture design, TemplateDocument template) {
        RoundTripExporter.Result result = exporter.export(design);
        if (result.template().equals(template.root())) {
            // Already what the design says (also right after an earlier save): nothing to write.
            return new Saved(template.text(), false, result.warnings());
        }
        String expected = TemplateOrigin.sourceSha256(design);
        if (expected != null && !expected.equals(TemplateOrigin.sha256(template.text()))) {
            throw new TemplateChangedException(template.fileName() + " changed since '" + design.name()
                    + "' was imported from it; import it again, so that its new content is not overwritten");
        }
        TemplateDocument base = template;
        if (!result.renames().isEmpty()) {
            // Renames first, on their own: the patcher sees equal values under new keys and renames in place,
            // where a rename together with a changed property would look like a removal and an addition.
            String renamed = TemplatePatcher.patch(template, RoundTripExporter.renamed(template.root(), result.renames()));
            base = TemplateSource.parse(renamed, template.fileName());
        }
        return new Saved(TemplatePatcher.patch(base, result.template()), true, result.warnings());
    }
}
