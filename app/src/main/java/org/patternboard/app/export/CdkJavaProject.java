package org.patternboard.app.export;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.patternboard.exporters.cdk.CdkJavaExporter;
import org.patternboard.exporters.cdk.CdkSynthesizer;
import org.patternboard.exporters.cdk.SynthResult;
import org.patternboard.model.design.Architecture;

/** The CDK Java exporter and the in-process synthesizer behind the Export menu. */
public final class CdkJavaProject implements CdkProject {
    @Override
    public void write(Architecture design, Path projectDir) throws Exception {
        new CdkJavaExporter().write(design, projectDir);
    }

    @Override
    public void synth(Path projectDir, Path cdkOut, Consumer<String> progress) throws Exception {
        SynthResult result = new CdkSynthesizer().synth(projectDir, cdkOut, progress);
        result.warnings().forEach(w -> progress.accept("CDK warning: " + w.replace('\n', ' ')));
    }
}
