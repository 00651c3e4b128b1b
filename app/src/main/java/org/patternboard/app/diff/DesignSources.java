package org.patternboard.app.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.patternboard.app.files.TemplateFiles;
import org.patternboard.exporters.importer.ImportProgress;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignFormatException;

/**
 * Reads one side of a diff: a design file, a CloudFormation or SAM template (imported in memory), git's
 * {@code /dev/null} for a side that does not exist, or {@code REV:path} read through git.
 */
public final class DesignSources {
    /** What one side turned out to be. */
    public record Loaded(Architecture design, boolean template, String label) {
    }

    /** Why a side cannot be read, in one line naming it. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unreadable(String message) {
            super(message);
        }
    }

    private final Git git;

    public DesignSources(Git git) {
        this.git = git;
    }

    public Loaded load(String spec) throws Unreadable {
        if (spec.equals("/dev/null") || spec.equals("NUL")) {
            return new Loaded(Architecture.empty(""), false, spec);
        }
        Path file = Path.of(spec);
        if (Files.exists(file)) {
            return loadFile(file);
        }
        int colon = spec.indexOf(':');
        // "C:\…" is a Windows path, not a revision; "REV:" needs a path after it.
        if (colon > 1 && colon < spec.length() - 1) {
            return atRevision(spec.substring(0, colon), spec.substring(colon + 1), spec);
        }
        throw new Unreadable(spec + ": no such file");
    }

    public Loaded loadFile(Path file) throws Unreadable {
        if (TemplateFiles.isTemplate(file)) {
            try {
                return new Loaded(TemplateFiles.load(file, ImportProgress.NONE).result().design(), true, file.toString());
            } catch (TemplateFiles.Unreadable e) {
                throw new Unreadable(e.getMessage());
            }
        }
        try {
            return new Loaded(DesignFiles.load(file), false, file.toString());
        } catch (DesignFormatException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    /**
     * The file at a revision. A path whose directory exists here is taken relative to the current directory
     * (git is asked in that directory); otherwise it is a path from the repository root, as git writes it.
     */
    public Loaded atRevision(String revision, String path, String label) throws Unreadable {
        Path file = Path.of(path);
        Path dir = file.toAbsolutePath().normalize().getParent();
        String content;
        try {
            content = dir != null && Files.isDirectory(dir) ? git.show(revision, file)
                    : git.show(revision, path, Path.of("").toAbsolutePath());
        } catch (Git.GitException e) {
            throw new Unreadable(label + ": " + e.getMessage());
        }
        return parse(content, file.getFileName().toString(), label);
    }

    /** A design or template given as text (read from git), named for messages and for its kind. */
    public Loaded parse(String content, String fileName, String label) throws Unreadable {
        if (TemplateFiles.isTemplate(Path.of(fileName))) {
            // The importer reads files: give it one with the same name in a private temporary directory.
            Path dir = null;
            try {
                dir = Files.createTempDirectory("patternboard-diff");
                Path tmp = dir.resolve(fileName);
                Files.writeString(tmp, content, StandardCharsets.UTF_8);
                Loaded loaded = loadFile(tmp);
                return new Loaded(loaded.design(), true, label);
            } catch (IOException e) {
                throw new Unreadable(label + ": " + e.getMessage());
            } finally {
                deleteQuietly(dir, fileName);
            }
        }
        try {
            return new Loaded(DesignFiles.parse(content, label), false, label);
        } catch (DesignFormatException e) {
            throw new Unreadable(e.getMessage());
        }
    }

    private static void deleteQuietly(Path dir, String fileName) {
        if (dir == null) {
            return;
        }
        try {
            Files.deleteIfExists(dir.resolve(fileName));
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a leftover temporary file is harmless
        }
    }
}
