import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Builds the installable Patternboard (run by {@code mvn -Pdist package} in the app module; one program for
 * every platform, so nobody keeps three scripts): a jlink'd runtime with only the modules listed in
 * jlink-modules.txt, a jpackage app image with a Class Data Sharing archive for its own location, and the
 * platform's package (.deb on Linux, .msi on Windows, .dmg on macOS; -Ddist.types overrides).
 *
 * <p>Arguments: APP_JAR DEPENDENCY_DIR SAMPLE_DESIGN DIST_SOURCES OUT_DIR VERSION TYPES.
 * jlink and jpackage are the JDK's own, called through {@link ToolProvider}.
 */
public final class Dist {
    static final String NAME = "patternboard";

    public static void main(String[] args) throws Exception {
        Path appJar = Path.of(args[0]);
        Path dependencies = Path.of(args[1]);
        Path sample = Path.of(args[2]);
        Path sources = Path.of(args[3]);
        Path out = Path.of(args[4]);
        String version = args[5].replace("-SNAPSHOT", "");
        List<String> types = types(args.length > 6 ? args[6] : "");

        deleteTree(out);
        Path input = Files.createDirectories(out.resolve("input"));
        Files.copy(appJar, input.resolve("patternboard-app.jar"));
        try (Stream<Path> jars = Files.list(dependencies)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                Files.copy(jar, input.resolve(jar.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        // The design the CDS training run validates, and the installed copy's own sample.
        Files.copy(sample, input.resolve(sample.getFileName()));

        List<String> modules = moduleList(sources.resolve("jlink-modules.txt"));
        Path runtime = out.resolve("runtime");
        run("jlink", "--add-modules", String.join(",", modules), "--strip-debug", "--no-header-files",
                "--no-man-pages", "--compress=1", "--generate-cds-archive", "--output", runtime.toString());
        checkRuntimeModules(runtime, modules);

        Path images = out.resolve("image");
        List<String> image = new ArrayList<>(List.of("--type", "app-image", "--name", NAME, "--app-version", version,
                "--vendor", "Patternboard", "--description", "Design AWS serverless architectures",
                "--input", input.toString(), "--main-jar", "patternboard-app.jar",
                "--main-class", "org.patternboard.app.Main", "--runtime-image", runtime.toString(),
                "--icon", icon(sources).toString(), "--dest", images.toString(),
                // The archive is made for the image's own path (JDK 17 refuses a relocated one); elsewhere the
                // JVM starts without it, and these flags keep that silent rather than warning on every start.
                "--java-options", "-XX:SharedArchiveFile=$APPDIR/patternboard.jsa",
                "--java-options", "-Xlog:cds=off,cds+dynamic=off"));
        run("jpackage", image.toArray(String[]::new));
        Path appDir = appDirOf(images);
        trainClassDataSharing(appDir, runtimeOf(images), sample.getFileName().toString());

        for (String type : types) {
            List<String> pkg = new ArrayList<>(List.of("--type", type, "--name", NAME, "--app-version", version,
                    "--vendor", "Patternboard", "--description", "Design AWS serverless architectures",
                    "--app-image", images.resolve(imageName()).toString(), "--dest", out.toString(),
                    "--file-associations", sources.resolve("pboard-file.properties").toString()));
            if (type.equals("deb")) {
                pkg.addAll(List.of("--resource-dir", sources.resolve("deb").toString(), "--install-dir", "/opt",
                        "--linux-package-name", NAME, "--linux-shortcut", "--linux-app-category", "devel",
                        "--linux-menu-group", "Development", "--linux-deb-maintainer", "team@patternboard.org"));
            } else if (type.equals("msi") || type.equals("exe")) {
                pkg.addAll(List.of("--win-menu", "--win-shortcut", "--win-dir-chooser", "--win-console"));
            }
            run("jpackage", pkg.toArray(String[]::new));
        }
        System.out.println("dist: " + out.toAbsolutePath());
    }

    static List<String> types(String requested) {
        if (!requested.isBlank()) {
            return Arrays.stream(requested.split(",")).map(String::trim).filter(t -> !t.equals("app-image")).toList();
        }
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.contains("win") ? List.of("msi") : os.contains("mac") ? List.of("dmg") : List.of("deb");
    }

    /** One module per line; '#' starts a comment that says why the module is there. */
    static List<String> moduleList(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(l -> l.replaceAll("#.*", "").trim()).filter(l -> !l.isEmpty())
                .toList();
    }

    /** The runtime holds the listed modules and what they require, nothing more. */
    static void checkRuntimeModules(Path runtime, List<String> listed) throws IOException {
        Set<String> expected = new TreeSet<>();
        ModuleFinder system = ModuleFinder.ofSystem();
        List<String> pending = new ArrayList<>(listed);
        while (!pending.isEmpty()) {
            String name = pending.remove(pending.size() - 1);
            if (expected.add(name)) {
                ModuleDescriptor d = system.find(name).orElseThrow(() -> new IllegalStateException("no module " + name))
                        .descriptor();
                d.requires().stream().filter(r -> !r.modifiers().contains(ModuleDescriptor.Requires.Modifier.STATIC))
                        .map(ModuleDescriptor.Requires::name).forEach(pending::add);
            }
        }
        String release = Files.readString(runtime.resolve("release"));
        String line = release.lines().filter(l -> l.startsWith("MODULES=")).findFirst().orElseThrow();
        Set<String> actual = new TreeSet<>(Arrays.asList(line.substring(9, line.length() - 1).split(" ")));
        if (!actual.equals(expected)) {
            throw new IllegalStateException("runtime modules " + actual + " differ from the list and its requirements " + expected);
        }
        System.out.println("dist: runtime modules " + actual);
    }

    static Path icon(Path sources) {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        Path ico = sources.resolve(os.contains("win") ? "patternboard.ico" : os.contains("mac") ? "patternboard.icns" : "patternboard.png");
        return Files.exists(ico) ? ico : sources.resolve("patternboard.png");
    }

    static String imageName() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac") ? NAME + ".app" : NAME;
    }

    /** Where jpackage put the jars and the .cfg file ($APPDIR). */
    static Path appDirOf(Path images) {
        Path image = images.resolve(imageName());
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac")
                ? image.resolve("Contents/app") : image.resolve(isWindows() ? "app" : "lib/app");
    }

    static Path runtimeOf(Path images) {
        Path image = images.resolve(imageName());
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("mac")
                ? image.resolve("Contents/runtime/Contents/Home") : image.resolve(isWindows() ? "runtime" : "lib/runtime");
    }

    static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
    }

    /**
     * Runs the image's own JVM with its launcher's exact class path (CDS checks it) over a validate and an
     * export of the sample, and dumps the classes it loaded. The launcher's .cfg names the archive.
     */
    static void trainClassDataSharing(Path appDir, Path runtime, String sampleName) throws Exception {
        Path cfg = appDir.resolve(NAME + ".cfg");
        String classPath = Files.readAllLines(cfg).stream().filter(l -> l.startsWith("app.classpath="))
                .map(l -> l.substring("app.classpath=".length()).replace("$APPDIR", appDir.toAbsolutePath().toString()))
                .collect(Collectors.joining(java.io.File.pathSeparator));
        Path archive = appDir.resolve("patternboard.jsa");
        Path java = runtime.resolve("bin").resolve(isWindows() ? "java.exe" : "java");
        Path scratch = Files.createTempDirectory("patternboard-cds");
        List<String> command = List.of(java.toString(), "-XX:ArchiveClassesAtExit=" + archive.toAbsolutePath(),
                "-cp", classPath, "org.patternboard.app.Main", "--train-class-data-sharing",
                appDir.resolve(sampleName).toAbsolutePath().toString(), scratch.toString());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0 || !Files.exists(archive)) {
            throw new IllegalStateException("CDS training run failed (exit " + p.exitValue() + "): " + output);
        }
        deleteTree(scratch);
        System.out.println("dist: class data sharing archive " + Files.size(archive) / (1024 * 1024) + " MB");
    }

    static void run(String tool, String... args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(
                tool + " is not in this JDK (it needs the jdk.jlink and jdk.jpackage modules)"));
        StringWriter text = new StringWriter();
        PrintWriter writer = new PrintWriter(text, true);
        int code = provider.run(writer, writer, args);
        if (code != 0) {
            throw new IllegalStateException(tool + " failed (exit " + code + "): " + text);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
