package org.patternboard.exporters.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.patternboard.exporters.cloudformation.source.TemplateDocument;
import org.patternboard.exporters.cloudformation.source.TemplateSource;
import org.patternboard.exporters.cloudformation.source.TemplateSyntaxException;
import org.patternboard.exporters.importer.TemplateImportException;
import org.patternboard.exporters.importer.TemplateImporter;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.CatalogConformance;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignFormatException;

/**
 * Feeds seeded mutations of the shipped samples through the design loader, and of the import test templates
 * through the template importer. A case passes when the input is refused with the reader's own typed error
 * (one line), or accepted and the design survives a save and a reload unchanged. Anything else (another
 * exception, a multi-line message, a case that does not finish, a round trip that changes the design) is a
 * failure, reported with its seed so it can be replayed.
 */
final class InputFuzzer {
    /** Far above any honest case (they take milliseconds): only a hang reaches it. */
    private static final long CASE_LIMIT_SECONDS = 20;

    record Outcome(int cases, int accepted, int refused, List<String> failures) {
    }

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-case");
        t.setDaemon(true);
        return t;
    });
    private final TemplateImporter importer = new TemplateImporter();
    private final Catalog catalog = Catalog.standard();

    Outcome designs(List<String> seeds, int cases, long seed) {
        return run(seeds, cases, seed, this::loadDesign);
    }

    Outcome templates(List<String> seeds, int cases, long seed) {
        return run(seeds, cases, seed, this::importTemplate);
    }

    void close() {
        worker.shutdownNow();
    }

    private interface Case {
        /** @return true when accepted, false when refused with a typed error; throws AssertionError on a failure */
        boolean run(String text);
    }

    private Outcome run(List<String> seeds, int cases, long seed, Case c) {
        int accepted = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            long caseSeed = seed * 1_000_003L + i;
            String text = new Mutator(caseSeed).mutate(seeds.get(i % seeds.size()));
            Future<Boolean> f = worker.submit(() -> c.run(text));
            try {
                if (f.get(CASE_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                    accepted++;
                } else {
                    refused++;
                }
            } catch (TimeoutException e) {
                f.cancel(true);
                failures.add("case " + caseSeed + " (seed file " + i % seeds.size() + "): did not finish");
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add("case " + caseSeed + " (seed file " + i % seeds.size() + "): " + describe(e.getCause()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return new Outcome(cases, accepted, refused, failures);
    }

    /** The exception and where in Patternboard's code it came from, so a failure can be found without a replay. */
    private static String describe(Throwable t) {
        String where = Stream.of(t.getStackTrace()).filter(f -> f.getClassName().startsWith("org.patternboard")
                        && !f.getClassName().contains(".fuzz.")).limit(3)
                .map(f -> f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName()
                        + ":" + f.getLineNumber())
                .reduce((a, b) -> a + " < " + b).orElse("?");
        return t + " at " + where;
    }

    private boolean loadDesign(String text) {
        Architecture a;
        try {
            a = DesignFiles.parse(text, "fuzz.pboard.json");
        } catch (DesignFormatException e) {
            oneLine(e.getMessage(), "fuzz.pboard.json");
            return false;
        }
        roundTrip(a);
        CatalogConformance.check(a, catalog); // must not throw whatever the values are
        return true;
    }

    private boolean importTemplate(String text) {
        Architecture a;
        try {
            TemplateDocument doc = TemplateSource.parse(text, "fuzz.yaml");
            a = importer.importTemplate(doc).design();
        } catch (TemplateSyntaxException e) {
            oneLine(e.getMessage(), "fuzz.yaml");
            return false;
        } catch (TemplateImportException e) {
            // located by its path in the template, which the app turns into file:line:column
            oneLine(e.getMessage(), "");
            return false;
        }
        roundTrip(a);
        return true;
    }

    /** An accepted design is saved and read back equal, and the second save is byte-identical. */
    private static void roundTrip(Architecture a) {
        String saved = DesignFiles.toCanonicalJson(a);
        Architecture back;
        try {
            back = DesignFiles.parse(saved, "saved.pboard.json");
        } catch (DesignFormatException e) {
            throw new AssertionError("an accepted design does not read back: " + e.getMessage());
        }
        if (!back.equals(a) && !DesignFiles.toCanonicalJson(back).equals(saved)) {
            throw new AssertionError("an accepted design changes on save and reload");
        }
        if (!DesignFiles.toCanonicalJson(back).equals(saved)) {
            throw new AssertionError("saving a reloaded design gives other bytes");
        }
    }

    private static void oneLine(String message, String file) {
        if (message == null || message.contains("\n") || message.contains("\r") || !message.contains(file)) {
            throw new AssertionError("not a one-line message naming the file: " + message);
        }
    }

    /** The files under {@code dir} whose names end with one of the suffixes, sorted, as text. */
    static List<String> texts(Path dir, String... suffixes) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> Stream.of(suffixes).anyMatch(s -> p.toString().endsWith(s))).sorted()
                    .map(InputFuzzer::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository root, from the module directory (tests) or the root itself (bench). */
    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("samples")) ? here : here.getParent();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code InputFuzzer CASES RUNS}: the bench entry; prints cases, outcomes and the median time per run. */
    public static void main(String[] args) {
        int cases = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path root = repositoryRoot();
        List<String> designs = texts(root.resolve("samples/src/main/resources/patternboard"), ".pboard.json");
        List<String> templates = texts(root.resolve("exporters/src/test/resources/import"), ".yaml", ".json");
        InputFuzzer fuzzer = new InputFuzzer();
        report("loader", runs, seed -> print(fuzzer.designs(designs, cases, seed)));
        report("importer", runs, seed -> print(fuzzer.templates(templates, cases, seed)));
        fuzzer.close();
    }

    private static void report(String what, int runs, Consumer<Long> run) {
        long[] millis = new long[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            System.out.print(what + " run " + (r + 1) + " (seed " + (r + 1) + "): ");
            run.accept((long) r + 1);
            millis[r] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(millis);
        System.out.printf("%s: median %d ms per run%n", what, millis[runs / 2]);
    }

    private static void print(Outcome o) {
        System.out.printf("%d cases, %d accepted, %d refused, %d failures%n", o.cases(), o.accepted(), o.refused(),
                o.failures().size());
        o.failures().stream().limit(20).forEach(f -> System.out.println("  " + f));
    }
}
