package org.patternboard.model.io;

import java.io.IOException;
import java.nio.file.Path;
import org.patternboard.model.design.Architecture;

/** Load and save designs: the one entry point the app and the command line use. */
public final class DesignFiles {
    public static final String EXTENSION = ".pboard.json";

    private DesignFiles() {
    }

    /** Also removes temporaries an interrupted save of this file left behind; the design itself is not touched. */
    public static Architecture load(Path file) throws DesignFormatException {
        AtomicFiles.removeStaleTemporaries(file);
        return new DesignReader().read(file);
    }

    public static Architecture parse(String content, String sourceName) throws DesignFormatException {
        return new DesignReader().read(content, sourceName);
    }

    /** Saves atomically and keeps the previous version as {@code .bak}. */
    public static void save(Architecture a, Path file) throws IOException {
        AtomicFiles.write(file, new DesignWriter().writeBytes(a), true);
    }

    public static String toCanonicalJson(Architecture a) {
        return new DesignWriter().write(a);
    }
}
