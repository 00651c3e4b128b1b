package org.patternboard.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving keeps what the user set up around the file: its mode, its symlink, and no litter. */
class AtomicFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixFileSystem() {
        // modes, umask and symlinks are POSIX: the suite runs on Linux and macOS (see the README)
        assertThat(FileSystems.getDefault().supportedFileAttributeViews()).as("a POSIX file system").contains("posix");
    }

    @Test
    void saveKeepsTheModeOfTheExistingFileAndItsBackup() throws Exception {
        Path file = dir.resolve("d.pboard.json");
        Files.writeString(file, "old");
        Set<PosixFilePermission> shared = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, shared);

        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8), true);

        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(shared);
        assertThat(Files.getPosixFilePermissions(dir.resolve("d.pboard.json.bak"))).isEqualTo(shared);
    }

    @Test
    void aNewFileGetsTheUmaskModeNotOwnerOnly() throws Exception {
        // What the process creates with no explicit mode is exactly what the umask allows.
        Path probe = Files.createFile(dir.resolve("probe"));
        Set<PosixFilePermission> umaskMode = Files.getPosixFilePermissions(probe);
        Path file = dir.resolve("new.pboard.json");

        AtomicFiles.write(file, "x".getBytes(StandardCharsets.UTF_8), true);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(umaskMode);
    }

    @Test
    void savingThroughASymlinkWritesItsTargetAndKeepsTheLink() throws Exception {
        Path real = Files.createDirectories(dir.resolve("shared")).resolve("real.pboard.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.pboard.json"), dir.relativize(real));

        AtomicFiles.write(link, "new".getBytes(StandardCharsets.UTF_8), true);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(Files.readString(real.resolveSibling("real.pboard.json.bak"))).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("shared", "link.pboard.json");
        }
    }

    @Test
    void anOrphanTemporaryOfAnInterruptedSaveIsRemovedOnTheNextSave() throws Exception {
        Path file = dir.resolve("d.pboard.json");
        Path orphan = stale(dir.resolve(".d.pboard.json.8123456789.tmp"));
        Path otherDesigns = stale(dir.resolve(".d.pboard.json.x.8123456789.tmp"));

        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8), true);

        assertThat(orphan).doesNotExist();
        assertThat(otherDesigns).exists();
    }

    @Test
    void anOrphanTemporaryIsRemovedWhenTheDesignIsOpened() throws Exception {
        Path file = dir.resolve("d.pboard.json");
        DesignFiles.save(DesignFilesTest.sample(), file);
        Path orphan = stale(dir.resolve(".d.pboard.json.77.tmp"));

        DesignFiles.load(file);

        assertThat(orphan).doesNotExist();
    }

    @Test
    void aTemporaryThatMayStillBeBeingWrittenIsLeftAlone() throws Exception {
        Path file = dir.resolve("d.pboard.json");
        Path inFlight = Files.writeString(dir.resolve(".d.pboard.json.55.tmp"), "partial");

        AtomicFiles.write(file, "new".getBytes(StandardCharsets.UTF_8), true);

        assertThat(inFlight).exists();
    }

    private static Path stale(Path p) throws Exception {
        Files.writeString(p, "partial");
        Files.setLastModifiedTime(p, FileTime.from(Instant.now().minusSeconds(3600)));
        return p;
    }
}
