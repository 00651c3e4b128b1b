package org.patternboard.app.files;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.patternboard.model.io.AtomicFiles;

/** The most recently opened or saved designs, newest first (at most ten), kept in the app home. */
public final class RecentFiles {
    private static final int MAX = 10;
    private final Path store;
    private final List<Path> paths = new ArrayList<>();

    public RecentFiles(AppHome home) {
        this.store = home.recentFile();
        load();
    }

    private void load() {
        if (!Files.isRegularFile(store)) {
            return;
        }
        try {
            for (Object o : new ObjectMapper().readValue(store.toFile(), List.class)) {
                paths.add(Path.of(String.valueOf(o)));
            }
        } catch (IOException | RuntimeException e) {
            paths.clear(); // a damaged list is not worth an error dialog
        }
    }

    public List<Path> list() {
        return List.copyOf(paths);
    }

    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        paths.remove(p);
        paths.add(0, p);
        while (paths.size() > MAX) {
            paths.remove(paths.size() - 1);
        }
        save();
    }

    public void remove(Path file) {
        paths.remove(file.toAbsolutePath().normalize());
        save();
    }

    public void clear() {
        paths.clear();
        save();
    }

    private void save() {
        try {
            Files.createDirectories(store.getParent());
            List<String> list = paths.stream().map(Path::toString).toList();
            AtomicFiles.write(store, new ObjectMapper().writeValueAsString(list).getBytes(StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            // The recent list is a convenience; failing to store it must not disturb the user.
        }
    }
}
