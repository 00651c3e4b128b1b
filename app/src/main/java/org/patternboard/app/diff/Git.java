package org.patternboard.app.diff;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The little of git the diff needs, by running the {@code git} command: a file's content at a revision and the
 * revisions that touched it. Runs in the file's own directory, so the file's repository is the one asked.
 */
public final class Git {
    /** One commit that changed a file. */
    public record Revision(String hash, String date, String subject) {
        @Override
        public String toString() {
            return hash + "  " + date + "  " + subject;
        }
    }

    /** git is missing, the file is not in a repository, or the revision or path does not exist. */
    public static final class GitException extends Exception {
        private static final long serialVersionUID = 1L;

        GitException(String message) {
            super(message);
        }
    }

    private final String command;

    public Git() {
        this("git");
    }

    public Git(String command) {
        this.command = command;
    }

    /** {@code git show REV:./NAME} in the file's directory. */
    public String show(String revision, Path file) throws GitException {
        Path abs = file.toAbsolutePath().normalize();
        return run(abs.getParent(), "show", revision + ":./" + abs.getFileName());
    }

    /** {@code git show REV:PATH} as given (a path from the repository root), in {@code dir}. */
    public String show(String revision, String path, Path dir) throws GitException {
        return run(dir, "show", revision + ":" + path);
    }

    /** The commits that changed the file, newest first (at most {@code limit}). */
    public List<Revision> log(Path file, int limit) throws GitException {
        Path abs = file.toAbsolutePath().normalize();
        String out = run(abs.getParent(), "log", "-n", Integer.toString(limit), "--format=%h%x09%ad%x09%s",
                "--date=short", "--", abs.getFileName().toString());
        List<Revision> revisions = new ArrayList<>();
        for (String line : out.split("\n")) {
            String[] parts = line.split("\t", 3);
            if (parts.length == 3) {
                revisions.add(new Revision(parts[0], parts[1], parts[2]));
            }
        }
        return revisions;
    }

    private String run(Path dir, String... args) throws GitException {
        List<String> argv = new ArrayList<>();
        argv.add(command);
        argv.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(argv).directory(dir.toFile()).start();
        } catch (IOException e) {
            throw new GitException("cannot run '" + command + "' (is git installed and on the PATH?)");
        }
        try {
            p.getOutputStream().close();
            // Read stderr alongside stdout so a chatty git never blocks on a full pipe.
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            byte[] out = readAll(p.getInputStream());
            int code = p.waitFor();
            if (code != 0) {
                String why = new String(err.join(), StandardCharsets.UTF_8).strip().lines().findFirst().orElse("exit " + code);
                throw new GitException("git " + String.join(" ", args) + ": " + why.replaceFirst("^fatal: ", ""));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GitException("git " + String.join(" ", args) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GitException("git " + String.join(" ", args) + ": interrupted");
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream buf = new ByteArrayOutputStream()) {
            in.transferTo(buf);
            return buf.toByteArray();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
