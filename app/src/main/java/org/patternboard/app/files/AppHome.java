package org.patternboard.app.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the app keeps its own files (recent list, recovery files): {@code ~/.patternboard}, or the
 * directory named by the system property {@code patternboard.home} (tests use a temporary one).
 */
public final class AppHome {
    private final Path dir;

    public AppHome(Path dir) {
        this.dir = dir;
    }

    public static AppHome standard() {
        String override = System.getProperty("patternboard.home");
        return new AppHome(override != null ? Path.of(override) : Path.of(System.getProperty("user.home"), ".patternboard"));
    }

    public Path dir() {
        return dir;
    }

    public Path recoveryDir() throws IOException {
        return Files.createDirectories(dir.resolve("recovery"));
    }

    public Path recentFile() {
        return dir.resolve("recent.json");
    }
}
