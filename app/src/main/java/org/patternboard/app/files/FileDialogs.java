package org.patternboard.app.files;

import java.nio.file.Path;
import java.util.Optional;

/** The questions file handling asks the user; the window answers with real dialogs, tests with fixed answers. */
public interface FileDialogs {
    enum Discard { SAVE, DISCARD, CANCEL }

    Optional<Path> chooseOpen();

    Optional<Path> chooseSave(String suggestedName);

    /** Unsaved changes to {@code name} would be lost: save them, drop them, or stop? */
    Discard confirmDiscard(String name);

    /** A recovery copy was found: open it? */
    boolean offerRecovery(Recovery.Orphan orphan);

    void showError(String title, String message);
}
