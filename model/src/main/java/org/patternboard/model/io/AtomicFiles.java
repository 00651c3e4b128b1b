package org.patternboard.model.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Writes a file so that a crash at any moment leaves either the old or the new content, never a mix:
 * write a temporary file beside it, flush it to disk, then rename it over the target. The previous
 * version is kept as {@code NAME.bak}.
 *
 * <p>The rename must not change what the user set up around the file: a symlink is written through to its
 * target, the new file gets the old one's mode (and owner and group where the process may set them), a new
 * file gets the umask's mode, and temporaries that an interrupted save left behind are removed.
 */
public final class AtomicFiles {
    /** A temporary younger than this may belong to a save still running in another process. */
    static final Duration STALE_AFTER = Duration.ofMinutes(2);
    private static final int MAX_LINKS = 40;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content, boolean keepBackup) throws IOException {
        Path absolute = resolveLinks(target.toAbsolutePath());
        Path dir = absolute.getParent();
        Files.createDirectories(dir);
        String name = absolute.getFileName().toString();
        removeStaleTemporaries(absolute);
        PosixFileAttributes original = posixAttributes(absolute);
        if (keepBackup && Files.exists(absolute)) {
            Path backup = dir.resolve(name + ".bak");
            // The backup is replaced atomically too, so it is always a complete earlier version.
            Path tmpBackup = writeTemp(dir, name, Files.readAllBytes(absolute), original);
            move(tmpBackup, backup);
        }
        Path tmp = writeTemp(dir, name, content, original);
        move(tmp, absolute);
        syncDirectory(dir);
    }

    /**
     * Deletes the temporaries of this file that a killed save left behind ({@code .NAME.DIGITS.tmp}).
     * Best effort: a file that cannot be listed or deleted is left alone.
     */
    public static void removeStaleTemporaries(Path file) {
        Path absolute;
        try {
            absolute = resolveLinks(file.toAbsolutePath());
        } catch (IOException e) {
            return;
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        Pattern own = Pattern.compile("\\." + Pattern.quote(absolute.getFileName().toString()) + "\\.\\d+\\.tmp");
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> own.matcher(p.getFileName().toString()).matches())) {
            for (Path p : entries) {
                if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(staleBefore)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException ignored) {
            // best effort: litter is not worth failing a save or an open
        }
    }

    /** Follows a chain of symlinks (relative links resolve against the link's directory); a dangling link's target is created. */
    static Path resolveLinks(Path path) throws IOException {
        Path p = path;
        for (int i = 0; i < MAX_LINKS && Files.isSymbolicLink(p); i++) {
            p = p.getParent().resolve(Files.readSymbolicLink(p)).normalize();
        }
        if (Files.isSymbolicLink(p)) {
            throw new IOException(path + ": too many levels of symbolic links");
        }
        return p;
    }

    private static PosixFileAttributes posixAttributes(Path file) {
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (view == null || !Files.exists(file)) {
            return null;
        }
        try {
            return view.readAttributes();
        } catch (IOException e) {
            return null;
        }
    }

    private static Path writeTemp(Path dir, String name, byte[] content, PosixFileAttributes like) throws IOException {
        Path tmp = createTemp(dir, name);
        try {
            copyOwnership(tmp, like);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(content);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
                ch.force(true);
            }
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /** Unlike {@code Files.createTempFile} (always 0600), a plain create gets the umask's mode. */
    private static Path createTemp(Path dir, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
            try {
                FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return tmp;
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            }
        }
    }

    private static void copyOwnership(Path tmp, PosixFileAttributes like) throws IOException {
        if (like == null) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        // Group first: an unprivileged owner may still give the file one of their own groups.
        try {
            view.setGroup(like.group());
        } catch (IOException | SecurityException ignored) {
            // not permitted for this process: the file keeps the creator's group
        }
        try {
            view.setOwner(like.owner());
        } catch (IOException | SecurityException ignored) {
            // only a privileged process may give a file away
        }
        view.setPermissions(like.permissions());
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
