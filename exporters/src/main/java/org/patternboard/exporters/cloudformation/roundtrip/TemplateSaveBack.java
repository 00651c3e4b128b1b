package org.patternboard.exporters.cloudformation.roundtrip;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.exporters.cloudformation.source.TemplatePatcher;
import org.patternboard.exporters.cloudformation.source.TemplateSource;
import org.patternboard.exporters.cloudformation.source.TemplateSyntaxException;
import org.patternboard.model.design.Architecture;

/**
 * Saves an imported design back onto its template: the template's text with only the design's changes patched
 * in, so comments, key order, quoting and layout elsewhere stay byte for byte, and an unedited design gives the
 * file back unchanged. A template that changed since the import is refused, since patching it would undo the
 * changes made there. Child templates of nested stacks opened into their frames are patched the same way, each
 * on its own; only those whose components were edited are returned for writing.
 */
public final class TemplateSaveBack {
    /** The new text, the child templates that changed, and what could not be written back. */
    public record Saved(String text, boolean changed, List<String> warnings, List<SavedChild> children) {
        public Saved {
            warnings = List.copyOf(warnings);
            children = List.copyOf(children);
        }

        public Saved(String text, boolean changed, List<String> warnings) {
            this(text, changed, warnings, List.of());
        }
    }

    /** A changed child template: its path relative to the parent template's directory, and its new text. */
    public record SavedChild(String path, String text) {
    }

    /** Reads a child template by its path relative to the parent template's directory. */
    @FunctionalInterface
    public interface ChildTemplates {
        TemplateDocument read(String path) throws IOException;

        /** Child templates next to {@code template}, as the import resolved them. */
        static ChildTemplates nextTo(Path template) {
            Path dir = template.toAbsolutePath().getParent();
            return path -> TemplateSource.parse(dir.resolve(path).normalize(), path);
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

    /** Saves onto {@code template}, reading child templates next to the file it names. */
    public Saved save(Architecture design, TemplateDocument template) {
        return save(design, template, path -> ChildTemplates.nextTo(Path.of(template.fileName())).read(path));
    }

    public Saved save(Architecture design, TemplateDocument template, ChildTemplates childTemplates) {
        RoundTripExporter.Result result = exporter.export(design);
        List<String> warnings = new ArrayList<>(result.warnings());
        String text = template.text();
        boolean changed = !result.template().equals(template.root());
        if (changed) {
            refuseIfChanged(TemplateOrigin.sourceSha256(design), template, design);
            text = patched(template, result);
        }
        // Already what the design says (also right after an earlier save): nothing to write.
        return new Saved(text, changed, warnings, children(design, childTemplates, warnings));
    }

    /** The child templates the design changed, patched; all checked before any is returned. */
    private List<SavedChild> children(Architecture design, ChildTemplates childTemplates, List<String> warnings) {
        Map<String, List<RoundTripExporter.Nested>> byTemplate = new LinkedHashMap<>();
        for (RoundTripExporter.Nested n : exporter.nested(design)) {
            byTemplate.computeIfAbsent(n.template(), k -> new ArrayList<>()).add(n);
        }
        List<SavedChild> out = new ArrayList<>();
        for (Map.Entry<String, List<RoundTripExporter.Nested>> e : byTemplate.entrySet()) {
            String path = e.getKey();
            List<RoundTripExporter.Nested> instances = e.getValue();
            instances.forEach(n -> n.result().warnings().forEach(w -> warnings.add(path + ": " + w)));
            TemplateDocument doc;
            try {
                doc = childTemplates.read(path);
            } catch (IOException | TemplateSyntaxException e2) {
                warnings.add(path + " cannot be read (" + e2.getMessage() + "): edits of its components are not written");
                continue;
            }
            RoundTripExporter.Result first = instances.get(0).result();
            if (instances.stream().anyMatch(n -> !n.result().template().equals(first.template()))) {
                warnings.add(path + " is the template of nested stacks " + String.join(", ", instances.stream()
                        .map(RoundTripExporter.Nested::stack).toList()) + ", which the design now tells apart: edit them"
                        + " alike to write the change");
                continue;
            }
            if (first.template().equals(doc.root())) {
                continue;
            }
            String expected = TemplateOrigin.nested(design).get(instances.get(0).stack()).get("source") instanceof Map<?, ?> s
                    && s.get("sha256") instanceof String sha ? sha : null;
            refuseIfChanged(expected, doc, design);
            out.add(new SavedChild(path, patched(doc, first)));
        }
        return out;
    }

    private static void refuseIfChanged(String expectedSha256, TemplateDocument template, Architecture design) {
        if (expectedSha256 != null && !expectedSha256.equals(TemplateOrigin.sha256(template.text()))) {
            throw new TemplateChangedException(template.fileName() + " changed since '" + design.name()
                    + "' was imported from it; import it again, so that its new content is not overwritten");
        }
    }

    private static String patched(TemplateDocument template, RoundTripExporter.Result result) {
        TemplateDocument base = template;
        if (!result.renames().isEmpty()) {
            // Renames first, on their own: the patcher sees equal values under new keys and renames in place,
            // where a rename together with a changed property would look like a removal and an addition.
            String renamed = TemplatePatcher.patch(template, RoundTripExporter.renamed(template.root(), result.renames()));
            base = TemplateSource.parse(renamed, template.fileName());
        }
        return TemplatePatcher.patch(base, result.template());
    }
}
