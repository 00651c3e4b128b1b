package org.patternboard.app.cli;

import java.nio.file.Path;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignFormatException;

/** Loads a design for a command, turning every read problem into a one-line {@link UserError}. */
public final class DesignInput {
    private DesignInput() {
    }

    public static Architecture load(Path file) {
        try {
            return DesignFiles.load(file);
        } catch (DesignFormatException e) {
            throw new UserError(e.getMessage());
        }
    }
}
