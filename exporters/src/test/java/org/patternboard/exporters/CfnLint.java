package org.patternboard.exporters;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.patternboard.exporters.cloudformation.lint.CfnLintProcess;

/**
 * Runs the real {@code cfn-lint} on templates and returns what it reports. Lints many templates in one
 * process because cfn-lint takes a second or two to start.
 *
 * <p>When cfn-lint is not installed, a test using this fails if the environment variable {@code CI} is
 * {@code true} and is otherwise aborted (skipped) with a message.
 */
public final class CfnLint {
    /** One finding: the template's name as given, the rule id, Error/Warning/Informational, message, path. */
    public record Match(String template, String rule, String level, String message, List<String> path) {
        public boolean isErrorOrWarning() {
            return "Error".equals(level) || "Warning".equals(level);
        }

        @Override
        public String toString() {
            return template + ": " + level + " " + rule + " at " + String.join("/", path) + ": " + message;
        }
    }

    private static final String COMMAND = "cfn-lint";
    private static volatile Boolean available;

    private CfnLint() {
    }

    /** Skips (or, in CI, fails) the calling test when cfn-lint is missing. */
    public static void requireInstalled() {
        if (isInstalled()) {
            return;
        }
        String message = "cfn-lint is not on the PATH (pip install 'cfn-lint==1.51.*')";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + "; CI=true, so this test fails instead of skipping");
        }
        Assumptions.abort(message + "; skipping this test");
    }

    public static boolean isInstalled() {
        Boolean a = available;
        if (a == null) {
            a = new CfnLintProcess(COMMAND).isInstalled();
            available = a;
        }
        return a;
    }

    /** Lints one template text; {@code name} must end in .json, .yaml or .yml. */
    public static List<Match> lint(String name, String template) {
        return lint(Map.of(name, template));
    }

    /**
     * Lints several templates in one cfn-lint run. Keys are file names (ending in .json, .yaml or .yml);
     * matches report them as {@link Match#template()}.
     */
    public static List<Match> lint(Map<String, String> templates) {
        requireInstalled();
        try {
            Path dir = Files.createTempDirectory("cfn-lint");
            try {
                Map<String, String> byFile = new LinkedHashMap<>();
                List<String> files = new ArrayList<>();
                for (Map.Entry<String, String> e : templates.entrySet()) {
                    String file = "t" + byFile.size() + "-" + safe(e.getKey());
                    Files.writeString(dir.resolve(file), e.getValue(), StandardCharsets.UTF_8);
                    byFile.put(file, e.getKey());
                    files.add(file);
                }
                return run(files, dir, byFile);
            } finally {
                deleteTree(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lints template files where they are; matches name them by their path as given. */
    public static List<Match> lintFiles(List<Path> files) {
        requireInstalled();
        if (files.isEmpty()) {
            return List.of();
        }
        Map<String, String> byFile = new LinkedHashMap<>();
        List<String> absolute = new ArrayList<>();
        for (Path f : files) {
            String abs = f.toAbsolutePath().toString();
            byFile.put(abs, f.toString());
            absolute.add(abs);
        }
        try {
            return run(absolute, Files.createTempDirectory("cfn-lint-cwd"), byFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Only the errors and warnings (informational matches are advice, not defects). */
    public static List<Match> errorsAndWarnings(List<Match> matches) {
        return matches.stream().filter(Match::isErrorOrWarning).toList();
    }

    private static List<Match> run(List<String> files, Path cwd, Map<String, String> names) throws IOException {
        List<Match> matches = new ArrayList<>();
        for (CfnLintProcess.Raw m : new CfnLintProcess(COMMAND).lint(files, cwd)) {
            String name = names.getOrDefault(m.file(), names.getOrDefault(Path.of(m.file()).getFileName().toString(), m.file()));
            matches.add(new Match(name, m.rule(), m.level(), m.message(), m.path()));
        }
        return matches;
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
