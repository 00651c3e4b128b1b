package org.patternboard.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.patternboard.app.files.TemplateFiles;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateOrigin;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateSaveBack;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.AtomicFiles;

/** {@code export DESIGN --to cloudformation --onto TEMPLATE [--out FILE]}: the design's changes patched into the template. */
final class SaveBack {
    private final PrintWriter progress;

    SaveBack(PrintWriter progress) {
        this.progress = progress;
    }

    void save(Architecture a, Path design, Path template, Path out) throws IOException {
        if (!TemplateOrigin.isImported(a)) {
            throw new UserError(design + ": was not imported from a template (patternboard import TEMPLATE --out DESIGN);"
                    + " export it with --out instead");
        }
        TemplateDocument doc;
        try {
            doc = TemplateFiles.read(template);
        } catch (TemplateFiles.Unreadable e) {
            throw new UserError(e.getMessage());
        }
        TemplateSaveBack.Saved saved;
        try {
            saved = new TemplateSaveBack().save(a, doc, TemplateSaveBack.ChildTemplates.nextTo(template));
        } catch (TemplateSaveBack.TemplateChangedException e) {
            throw new UserError(e.getMessage());
        }
        saved.warnings().forEach(w -> progress.println("patternboard: warning: " + w));
        // Edited child templates go where the written template finds them: next to it, at their relative paths.
        Path outDir = out.toAbsolutePath().getParent();
        for (TemplateSaveBack.SavedChild child : saved.children()) {
            Path file = outDir.resolve(child.path()).normalize();
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, child.text().getBytes(StandardCharsets.UTF_8), false);
            progress.println("patternboard: wrote " + file + " (the child template with the design's changes)");
        }
        byte[] bytes = saved.changed() ? saved.text().getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(template);
        if (!saved.changed() && out.toAbsolutePath().normalize().equals(template.toAbsolutePath().normalize())) {
            progress.println("patternboard: " + template + " is up to date (the design changes nothing"
                    + (saved.children().isEmpty() ? "" : " in it") + ")");
            return;
        }
        AtomicFiles.write(out, bytes, false);
        progress.println("patternboard: wrote " + out + (saved.changed() ? " (the template with the design's changes)"
                : " (the template unchanged)"));
    }
}
