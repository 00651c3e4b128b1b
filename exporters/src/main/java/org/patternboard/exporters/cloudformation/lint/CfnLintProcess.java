package org.patternboard.exporters.cloudformation.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code cfn-lint -f json} on template files and reads its JSON. The command is {@code cfn-lint}
 * on the PATH unless the system property {@code patternboard.cfnLint} names another.
 */
public final class CfnLintProcess {
    /** Files below which a second process is not worth its start-up time. */
    private static final int PER_PROCESS = 4;
    /** A raw cfn-lint match: the file as cfn-lint names it, rule id, level, message, template path, line. */
    public record Raw(String file, String rule, String level, String message, List<String> path, int line) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String command;

    public CfnLintProcess() {
        this(System.getProperty("patternboard.cfnLint", "cfn-lint"));
    }

    public CfnLintProcess(String command) {
        this.command = command;
    }

    public String command() {
        return command;
    }

    /** Whether {@code cfn-lint --version} runs. */
    public boolean isInstalled() {
        try {
            Process p = new ProcessBuilder(command, "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * Lints the files: in one cfn-lint process (it takes a second or two to start), or for many files in one
     * process per core, since cfn-lint uses one core and most of the time goes to checking, not starting.
     * The matches come in the order of the files. {@code cwd} should be an empty directory, so that no stray
     * {@code .cfnlintrc} changes the rules.
     */
    public List<Raw> lint(List<String> files, Path cwd) throws IOException {
        int processes = Math.min(Runtime.getRuntime().availableProcessors(), files.size() / PER_PROCESS);
        if (processes < 2) {
            return lintInOneProcess(files, cwd);
        }
        List<CompletableFuture<List<Raw>>> parts = new ArrayList<>();
        // own threads: the common pool has a single one on a 2-core machine
        java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(processes);
        int size = (files.size() + processes - 1) / processes;
        for (int from = 0; from < files.size(); from += size) {
            List<String> part = files.subList(from, Math.min(files.size(), from + size));
            parts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return lintInOneProcess(part, cwd);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }, threads));
        }
        List<Raw> all = new ArrayList<>();
        try {
            for (CompletableFuture<List<Raw>> part : parts) {
                all.addAll(part.join());
            }
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof java.io.UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
        } finally {
            threads.shutdownNow();
        }
        return all;
    }

    private List<Raw> lintInOneProcess(List<String> files, Path cwd) throws IOException {
        if (files.isEmpty()) {
            return List.of();
        }
        List<String> argv = new ArrayList<>(List.of(command, "-f", "json", "--"));
        argv.addAll(files);
        Process p = new ProcessBuilder(argv).directory(cwd.toFile()).start();
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(10, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IOException("cfn-lint did not finish within 10 minutes");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            throw new IOException("interrupted while waiting for cfn-lint", e);
        }
        String stdout = new String(out, StandardCharsets.UTF_8).trim();
        if (stdout.isEmpty()) {
            // cfn-lint exits non-zero when it finds something, so only silence with a failure is an error
            if (p.exitValue() != 0) {
                throw new IOException("cfn-lint failed (exit " + p.exitValue() + "): "
                        + new String(err.join(), StandardCharsets.UTF_8).trim());
            }
            return List.of();
        }
        List<Raw> matches = new ArrayList<>();
        JsonNode tree;
        try {
            tree = JSON.readTree(stdout);
        } catch (IOException e) {
            throw new IOException("cfn-lint printed something that is not JSON: "
                    + stdout.substring(0, Math.min(200, stdout.length())), e);
        }
        for (JsonNode m : tree) {
            List<String> path = new ArrayList<>();
            m.path("Location").path("Path").forEach(s -> path.add(s.asText()));
            matches.add(new Raw(m.path("Filename").asText(), m.path("Rule").path("Id").asText(),
                    m.path("Level").asText(), m.path("Message").asText(), List.copyOf(path),
                    m.path("Location").path("Start").path("LineNumber").asInt(0)));
        }
        return matches;
    }

    private static byte[] readAll(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
