package org.patternboard.exporters.cdk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.patternboard.exporters.cdk.synth.InProcessCompiler;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;
import software.amazon.awscdk.cxapi.SynthesisMessage;
import software.amazon.awscdk.cxapi.SynthesisMessageLevel;

/**
 * Compiles a generated CDK Java project in this JVM ({@code javax.tools}, against aws-cdk-lib on the current
 * class path) and synthesizes its app here too, writing {@code <Stack>.template.json} into a cloud assembly
 * directory, as {@code cdk synth} would, without the CDK CLI or a Maven build.
 *
 * <p>The aws-cdk-lib Java classes drive a Node.js process (the jsii runtime) that starts on the first synthesis
 * (about five seconds) and is shared by every later one in the same JVM; that is why tests and the command line
 * synthesize many stacks in one JVM. Syntheses are serialized: the jsii runtime serves one caller at a time.
 *
 * <p>The project's main class (the {@code <mainClass>} of its {@code pom.xml}) must have a static method taking
 * an {@link App}, which adds the stacks ({@code addStacks} in projects Patternboard generates). The app gets two
 * context values: {@code projectDir} (the project folder, so asset paths such as {@code lambda/fn} resolve there
 * and not against this JVM's working directory) and path metadata on, as the CDK CLI sets it.
 */
public final class CdkSynthesizer {
    /** Context key the generated stacks read to resolve asset folders. */
    public static final String PROJECT_DIR_CONTEXT = "projectDir";

    private static final Object JSII_LOCK = new Object();
    private static final Pattern MAIN_CLASS = Pattern.compile("<mainClass>\\s*([\\w.$]+)\\s*</mainClass>");
    private static volatile InProcessCompiler sharedCompiler;

    private final InProcessCompiler compiler;

    /** Uses one compiler shared by the whole JVM (it caches the jar indexes of the class path). */
    public CdkSynthesizer() {
        this(shared());
    }

    public CdkSynthesizer(InProcessCompiler compiler) {
        this.compiler = Objects.requireNonNull(compiler);
    }

    private static InProcessCompiler shared() {
        InProcessCompiler c = sharedCompiler;
        if (c == null) {
            synchronized (CdkSynthesizer.class) {
                if (sharedCompiler == null) {
                    sharedCompiler = new InProcessCompiler();
                }
                c = sharedCompiler;
            }
        }
        return c;
    }

    /**
     * Compiles {@code projectDir/src/main/java} and synthesizes the app into {@code cdkOut}.
     *
     * @param progress receives one short line per step (compiling, synthesizing, each template written)
     * @throws CdkSynthesisException when the project does not compile, the app throws, or a construct reports an error
     */
    public SynthResult synth(Path projectDir, Path cdkOut, Consumer<String> progress) throws IOException, CdkSynthesisException {
        Path project = projectDir.toAbsolutePath().normalize();
        Path out = cdkOut.toAbsolutePath().normalize();
        String mainClass = mainClass(project);
        List<Path> sources = javaFiles(project.resolve("src/main/java"));
        if (sources.isEmpty()) {
            throw new CdkSynthesisException("no Java sources under " + project.resolve("src/main/java"), List.of());
        }
        Path classes = Files.createTempDirectory("patternboard-cdk-classes");
        try {
            progress.accept("compiling " + sources.size() + " Java file" + (sources.size() == 1 ? "" : "s") + " of " + project.getFileName());
            long t0 = System.nanoTime();
            InProcessCompiler.Outcome outcome = compiler.compile(sources, classes, List.of());
            Duration compileTime = Duration.ofNanos(System.nanoTime() - t0);
            if (!outcome.success()) {
                throw new CdkSynthesisException("the generated project does not compile", outcome.errors());
            }
            progress.accept("synthesizing " + mainClass + " (the first synthesis in a session starts the jsii runtime, about 5 s)");
            long t1 = System.nanoTime();
            TreeMap<String, Path> templates = new TreeMap<>();
            List<String> warnings = new ArrayList<>();
            List<String> errors = new ArrayList<>();
            synchronized (JSII_LOCK) {
                runApp(classes, mainClass, project, out, templates, warnings, errors);
            }
            Duration synthTime = Duration.ofNanos(System.nanoTime() - t1);
            if (!errors.isEmpty()) {
                throw new CdkSynthesisException("the CDK reported errors while synthesizing " + mainClass, errors);
            }
            templates.forEach((stack, file) -> progress.accept("wrote " + file));
            return new SynthResult(templates, warnings, compileTime, synthTime);
        } finally {
            deleteTree(classes);
        }
    }

    private static void runApp(Path classes, String mainClass, Path project, Path out, Map<String, Path> templates,
            List<String> warnings, List<String> errors) throws CdkSynthesisException, IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, CdkSynthesizer.class.getClassLoader())) {
            thread.setContextClassLoader(loader);
            Method addStacks = addStacksMethod(loader, mainClass);
            Files.createDirectories(out);
            App app = new App(AppProps.builder()
                    .outdir(out.toString())
                    .context(Map.of(PROJECT_DIR_CONTEXT, project.toString(), "aws:cdk:enable-path-metadata", true))
                    .build());
            try {
                addStacks.invoke(null, app);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                throw new CdkSynthesisException("the app failed while building its stacks: " + cause + where(cause, loader), List.of(), cause);
            } catch (IllegalAccessException e) {
                throw new CdkSynthesisException("cannot call " + addStacks, List.of(), e);
            }
            CloudAssembly assembly;
            try {
                assembly = app.synth();
            } catch (RuntimeException e) {
                throw new CdkSynthesisException("the CDK failed to synthesize: " + e.getMessage(), List.of(), e);
            }
            for (CloudFormationStackArtifact stack : assembly.getStacks()) {
                templates.put(stack.getStackName(), Path.of(stack.getTemplateFullPath()));
                for (SynthesisMessage m : stack.getMessages()) {
                    String line = m.getId() + ": " + m.getEntry().getData();
                    if (m.getLevel() == SynthesisMessageLevel.ERROR) {
                        errors.add(line);
                    } else if (m.getLevel() == SynthesisMessageLevel.WARNING) {
                        warnings.add(line);
                    }
                }
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** " (at Stack.java:42)": the first frame of the failure in the project's own code. */
    private static String where(Throwable t, ClassLoader projectLoader) {
        for (StackTraceElement e : t.getStackTrace()) {
            try {
                if (Class.forName(e.getClassName(), false, projectLoader).getClassLoader() == projectLoader) {
                    return " (at " + e.getFileName() + ":" + e.getLineNumber() + ")";
                }
            } catch (ClassNotFoundException | LinkageError ignored) {
                // a frame of a class the project cannot see is not the project's
            }
        }
        return "";
    }

    private static Method addStacksMethod(ClassLoader loader, String mainClass) throws CdkSynthesisException {
        Class<?> main;
        try {
            main = Class.forName(mainClass, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new CdkSynthesisException("cannot load the app class " + mainClass + ": " + e, List.of(), e);
        }
        for (Method m : main.getMethods()) {
            if (Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1 && m.getParameterTypes()[0] == App.class) {
                return m;
            }
        }
        throw new CdkSynthesisException(mainClass + " has no public static method taking a software.amazon.awscdk.App "
                + "(Patternboard calls it to add the stacks, instead of main, so it can choose the output folder)", List.of());
    }

    /** The class {@code cdk synth} runs, from the exec plugin's configuration in the project's pom. */
    static String mainClass(Path project) throws IOException, CdkSynthesisException {
        Path pom = project.resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            throw new CdkSynthesisException("no pom.xml in " + project, List.of());
        }
        Matcher m = MAIN_CLASS.matcher(Files.readString(pom, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new CdkSynthesisException(pom + " names no <mainClass>", List.of());
        }
        return m.group(1);
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
