package org.patternboard.exporters.cdk.synth;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources with the JDK's compiler in this JVM, against this JVM's class path.
 *
 * <p>One file manager is kept for the life of the compiler: javac caches the index of every jar it opened
 * (aws-cdk-lib is a 70 MB jar), so the second and later projects compile several times faster than the first.
 * Not thread-safe; {@link #compile} is synchronized.
 */
public final class InProcessCompiler implements AutoCloseable {
    /** The result of one compilation: errors (empty on success) and every diagnostic as "file:line: message". */
    public record Outcome(boolean success, List<String> errors, List<String> warnings) {
    }

    private final JavaCompiler compiler;
    private final StandardJavaFileManager fileManager;
    private final String classPath;

    public InProcessCompiler() {
        this(System.getProperty("java.class.path"));
    }

    public InProcessCompiler(String classPath) {
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run Patternboard on a JDK, not a JRE");
        }
        this.fileManager = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        this.classPath = classPath;
    }

    /**
     * Compiles {@code sources} into {@code outputDir}; {@code extraClassPath} entries (e.g. the project's main
     * classes when compiling its tests) come before this JVM's class path.
     */
    public synchronized Outcome compile(List<Path> sources, Path outputDir, List<Path> extraClassPath) throws IOException {
        java.nio.file.Files.createDirectories(outputDir);
        List<File> cp = new ArrayList<>();
        extraClassPath.forEach(p -> cp.add(p.toFile()));
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                cp.add(new File(entry));
            }
        }
        fileManager.setLocation(StandardLocation.CLASS_PATH, cp);
        fileManager.setLocation(StandardLocation.CLASS_OUTPUT, List.of(outputDir.toFile()));
        Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromPaths(sources);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter out = new StringWriter();
        // -proc:none: no annotation processors are wanted, and scanning a big class path for them is slow
        List<String> options = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8", "-Xlint:unchecked");
        boolean ok = compiler.getTask(out, fileManager, diagnostics, options, null, units).call();
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String where = d.getSource() == null ? "" : Path.of(d.getSource().toUri()).getFileName() + ":" + d.getLineNumber() + ": ";
            String line = where + d.getMessage(Locale.ROOT);
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(line);
            } else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                warnings.add(line);
            }
        }
        if (!ok && errors.isEmpty()) {
            errors.add(out.toString().trim());
        }
        return new Outcome(ok, errors, warnings);
    }

    @Override
    public synchronized void close() throws IOException {
        fileManager.close();
    }
}
