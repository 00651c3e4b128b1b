package org.patternboard.app.export;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.patternboard.model.design.Architecture;

/** Writing (and optionally synthesizing) a CDK Java project: the exporter's API as the app uses it. */
public interface CdkProject {
    void write(Architecture design, Path projectDir) throws Exception;

    /** Runs {@code cdk synth} in-process into {@code cdkOut}, reporting progress lines. */
    void synth(Path projectDir, Path cdkOut, Consumer<String> progress) throws Exception;
}
