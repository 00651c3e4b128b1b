package org.patternboard.app.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.patternboard.app.files.TemplateFiles;
import org.patternboard.exporters.importer.ImportProgress;

/**
 * Import benchmark (bench/import): reads, imports and lays out each template (what File › Open does, ELK included),
 * and times cfn-lint reading the same file in the same run, as a baseline. Medians over several runs; the ratio
 * is cfn-lint's time over ours.
 *
 * <p>Arguments: template files, then optionally {@code --runs N} (default 5).
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--runs")) {
                runs = Integer.parseInt(args[++i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        // Warm up the JVM (class loading, JIT) on the largest file so the first measured size is not penalised.
        for (int i = 0; i < 3; i++) {
            TemplateFiles.load(files.get(files.size() - 1), ImportProgress.NONE);
        }
        System.out.printf("%-28s %10s %12s %14s %14s %8s%n", "template", "resources", "components", "import+layout", "cfn-lint", "ratio");
        for (Path f : files) {
            List<Double> ours = new ArrayList<>();
            int components = 0;
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                components = TemplateFiles.load(f, ImportProgress.NONE).result().design().components().size();
                ours.add((System.nanoTime() - t0) / 1e6);
            }
            List<Double> lint = new ArrayList<>();
            for (int r = 0; r < Math.max(3, runs / 2); r++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder("cfn-lint", "-f", "json", f.toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                }
                lint.add((System.nanoTime() - t0) / 1e6);
            }
            String text = Files.readString(f);
            int resources = TemplateFiles.read(f).root().get("Resources") instanceof java.util.Map<?, ?> m ? m.size() : 0;
            double a = median(ours);
            double b = median(lint);
            System.out.printf("%-28s %10d %12d %11.0f ms %11.0f ms %7.1fx%n", f.getFileName(), resources, components, a, b, b / a);
            if (text.isEmpty()) {
                throw new IllegalStateException(f + " is empty");
            }
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }
}
