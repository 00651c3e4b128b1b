package org.patternboard.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.patternboard.exporters.cdk.CdkJavaExporter;
import org.patternboard.exporters.cdk.CdkSynthesisException;
import org.patternboard.exporters.cdk.CdkSynthesizer;
import org.patternboard.exporters.cdk.SynthResult;
import org.patternboard.exporters.cloudformation.core.ExportException;
import org.patternboard.model.design.Architecture;

/**
 * {@code --to cdk-java}: writes a Maven CDK project into the {@code --out} folder; with {@code --synth} also
 * compiles and synthesizes it in this JVM and writes {@code cdk.out/<Stack>.template.json} in the project,
 * so the real CDK output can be seen without installing the CDK CLI.
 */
public final class CdkJavaTarget implements ExportTarget {
    @Override
    public String id() {
        return "cdk-java";
    }

    @Override
    public void export(Architecture design, Path out, ExportOptions options, PrintWriter progress) throws Exception {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError(out + " is a file; cdk-java writes a project folder");
        }
        CdkJavaExporter exporter = new CdkJavaExporter();
        int files;
        try {
            files = exporter.files(design).size();
        } catch (ExportException e) {
            throw new UserError(e.getMessage());
        }
        // a failed synthesis leaves nothing on disk: the project is built and synthesized beside --out first
        StagedFolder.write(out, stage -> {
            exporter.write(design, stage);
            if (options.synth()) {
                synth(stage, out, progress);
            }
        });
        progress.println("patternboard: wrote a CDK Java project (" + files + " files) to " + out);
    }

    private static void synth(Path stage, Path out, PrintWriter progress) throws java.io.IOException {
        // progress names the folder the files end up in, not the stage
        String staged = stage.toAbsolutePath().normalize().toString();
        String target = out.toAbsolutePath().normalize().toString();
        String stagedName = stage.getFileName().toString();
        String targetName = out.toAbsolutePath().normalize().getFileName().toString();
        long start = System.nanoTime();
        try {
            SynthResult result = new CdkSynthesizer().synth(stage, stage.resolve("cdk.out"),
                    line -> progress.println("patternboard: " + line.replace(staged, target).replace(stagedName, targetName)));
            result.warnings().forEach(w -> progress.println("patternboard: CDK warning: " + w.replace('\n', ' ').replace(staged, target)));
            progress.printf("patternboard: synthesized %d stack%s in %.1f s (compile %.1f s)%n", result.templates().size(),
                    result.templates().size() == 1 ? "" : "s", (System.nanoTime() - start) / 1e9, result.compile().toMillis() / 1e3);
        } catch (CdkSynthesisException e) {
            e.details().forEach(d -> progress.println("patternboard:   " + d.replace('\n', ' ').replace(staged, target)));
            String first = e.getMessage().lines().findFirst().orElse("synthesis failed").replace(staged, target);
            throw new UserError("cdk-java --synth: " + first + " (nothing written)");
        }
    }
}
