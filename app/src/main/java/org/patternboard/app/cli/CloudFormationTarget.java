package org.patternboard.app.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;
import org.patternboard.exporters.cloudformation.core.ExportException;
import org.patternboard.exporters.cloudformation.roundtrip.RoundTripExporter;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateOrigin;
import org.patternboard.exporters.cloudformation.template.TemplateWriter;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.AtomicFiles;

/** {@code patternboard export DESIGN --to cloudformation [--yaml|--json] --out FILE}. */
public final class CloudFormationTarget implements ExportTarget {
    @Override
    public String id() {
        return "cloudformation";
    }

    @Override
    public void export(Architecture design, Path out, ExportOptions options, PrintWriter progress) throws Exception {
        Map<String, Object> template;
        try {
            if (TemplateOrigin.isImported(design)) {
                // An imported design exports its template with only the design's changes: nothing is re-derived.
                RoundTripExporter.Result r = new RoundTripExporter().export(design);
                r.warnings().forEach(w -> progress.println("patternboard: warning: " + w));
                template = TemplateWriter.normalize(r.template());
            } else {
                template = new CloudFormationExporter().template(design);
            }
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
        String text = options.yaml() ? TemplateWriter.yaml(template) : TemplateWriter.json(template);
        int resources = ((Map<?, ?>) template.get("Resources")).size();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        AtomicFiles.write(out, text.getBytes(StandardCharsets.UTF_8), false);
        progress.println("patternboard: wrote " + out + " (" + (options.yaml() ? "YAML" : "JSON") + ", " + resources
                + " resources)");
    }
}
