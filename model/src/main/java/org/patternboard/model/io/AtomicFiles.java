package org.patternboard.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content, never a mix:
 * write a temporary file beside it, flush it to disk, then rename it over the target. The previous
 * version is kept as {@code NAME.bak}.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content, boolean keepBackup) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        if (keepBackup && Files.exists(absolute)) {
            Path backup = dir.resolve(absolute.getFileName() + ".bak");
            // The backup is replaced atomically too, so it is always a complete earlier version.
            Path tmpBackup = writeTemp(dir, absolute.getFileName().toString(), Files.readAllBytes(absolute));
            move(tmpBackup, backup);
        }
        Path tmp = writeTemp(dir, absolute.getFileName().toString(), content);
        move(tmp, absolute);
        syncDirectory(dir);
    }

    private static Path writeTemp(Path dir, String name, byte[] content) throws IOException {
        Path tmp = Files.createTempFile(dir, "." + name + ".", ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable (POSIX); ignored where directories cannot be opened (Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException ignored) {
            // best effort
        }
    }
}
