package org.patternboard.app.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.AtomicFiles;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignFormatException;

/**
 * Autosave for crash recovery. While a design has unsaved changes it is written every few seconds to
 * {@code recovery/session-<pid>.pboard.json} (with a small side file naming the original); a clean exit
 * or a save removes it. A recovery file whose process is gone is what a crash left behind.
 */
public final class Recovery {
    /** A recovery file left by a process that is no longer running. */
    public record Orphan(Path design, Path original, Instant savedAt) {
    }

    private final AppHome home;
    private final long pid;

    public Recovery(AppHome home) {
        this(home, ProcessHandle.current().pid());
    }

    Recovery(AppHome home, long pid) {
        this.home = home;
        this.pid = pid;
    }

    private Path designFile() throws IOException {
        return home.recoveryDir().resolve("session-" + pid + DesignFiles.EXTENSION);
    }

    private static Path metaFile(Path design) {
        return design.resolveSibling(design.getFileName().toString().replace(DesignFiles.EXTENSION, ".json"));
    }

    /** Writes the recovery copy (atomically, so a crash while writing leaves the previous copy). */
    public void write(Architecture design, Path original) throws IOException {
        Path file = designFile();
        AtomicFiles.write(file, DesignFiles.toCanonicalJson(design).getBytes(StandardCharsets.UTF_8), false);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("original", original == null ? null : original.toAbsolutePath().toString());
        meta.put("savedAt", Instant.now().toString());
        AtomicFiles.write(metaFile(file), new ObjectMapper().writeValueAsBytes(meta), false);
    }

    /** Removes this session's recovery copy (after a save, or on a clean exit). */
    public void clear() {
        try {
            Path file = designFile();
            Files.deleteIfExists(file);
            Files.deleteIfExists(metaFile(file));
        } catch (IOException e) {
            // Nothing to recover from a failed delete; the next start simply offers it again.
        }
    }

    /** Recovery copies of sessions that ended without cleaning up (crashed), newest first. */
    public List<Orphan> orphans() {
        List<Orphan> list = new ArrayList<>();
        Path dir;
        try {
            dir = home.recoveryDir();
        } catch (IOException e) {
            return list;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(DesignFiles.EXTENSION)).toList()) {
                long owner = pidOf(f);
                if (owner == pid || (owner > 0 && ProcessHandle.of(owner).map(ProcessHandle::isAlive).orElse(false))) {
                    continue;
                }
                Path original = null;
                Instant at = Instant.ofEpochMilli(Files.getLastModifiedTime(f).toMillis());
                try {
                    Map<?, ?> meta = new ObjectMapper().readValue(metaFile(f).toFile(), Map.class);
                    if (meta.get("original") instanceof String s) {
                        original = Path.of(s);
                    }
                } catch (IOException e) {
                    // no side file: recover without a file name
                }
                list.add(new Orphan(f, original, at));
            }
        } catch (IOException e) {
            return list;
        }
        list.sort((a, b) -> b.savedAt().compareTo(a.savedAt()));
        return list;
    }

    /** Reads an orphan's design; empty when the copy is unreadable (it is then discarded). */
    public Optional<Architecture> read(Orphan o) {
        try {
            return Optional.of(DesignFiles.load(o.design()));
        } catch (DesignFormatException e) {
            discard(o);
            return Optional.empty();
        }
    }

    public void discard(Orphan o) {
        try {
            Files.deleteIfExists(o.design());
            Files.deleteIfExists(metaFile(o.design()));
        } catch (IOException e) {
            // ignored: see clear()
        }
    }

    private static long pidOf(Path f) {
        String n = f.getFileName().toString();
        try {
            return Long.parseLong(n.substring("session-".length(), n.length() - DesignFiles.EXTENSION.length()));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
