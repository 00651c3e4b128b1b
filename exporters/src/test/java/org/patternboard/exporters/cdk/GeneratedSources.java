package org.patternboard.exporters.cdk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.patternboard.exporters.cdk.synth.InProcessCompiler;

/** The Java sources of a generated project, and their compilation against aws-cdk-lib in the test's JVM. */
final class GeneratedSources {
    private GeneratedSources() {
    }

    /** The project's main sources ({@code src/main}), sorted. */
    static List<Path> main(Path project) throws IOException {
        try (Stream<Path> files = Files.walk(project.resolve("src/main"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** Compiles the project's main sources into {@code classes} and returns the compiler's errors. */
    static List<String> compileErrors(Path project, InProcessCompiler compiler) throws IOException {
        return compiler.compile(main(project), project.resolve("classes"), List.of()).errors();
    }
}
