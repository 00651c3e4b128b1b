package org.patternboard.app.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Builds a folder's content next to it and moves it into place only when the build succeeds, so a failed
 * export leaves nothing behind (and an existing folder as it was). The stage is a sibling of the target:
 * same file system, so a new folder arrives with one rename.
 */
final class StagedFolder {
    /** What fills the stage; it may throw, and then nothing reaches the target. */
    interface Builder {
        void build(Path stage) throws Exception;
    }

    private StagedFolder() {
    }

    static void write(Path target, Builder builder) throws Exception {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path stage = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".partial-");
        try {
            builder.build(stage);
            if (Files.isDirectory(absolute)) {
                mergeInto(stage, absolute);
            } else {
                try {
                    Files.move(stage, absolute, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(stage, absolute);
                }
            }
        } finally {
            deleteTree(stage);
        }
    }

    /** An existing folder keeps the files the export does not write (the user's own); the export's replace theirs. */
    private static void mergeInto(Path stage, Path target) throws IOException {
        Files.walkFileTree(stage, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(target.resolve(stage.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.move(file, target.resolve(stage.relativize(file).toString()), StandardCopyOption.REPLACE_EXISTING);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
