package org.patternboard.app.files;

import java.nio.file.Path;
import java.util.Optional;
import org.patternboard.exporters.importer.ImportProgress;

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

    /** Work that reports progress and stops when the progress callback says so (the user cancelled). */
    interface Work<T> {
        T run(ImportProgress progress) throws Exception;
    }

    /**
     * Runs long work (importing a large template) with a progress bar and a Cancel button; empty when the user
     * cancelled. The work's own exception is thrown again here.
     */
    <T> Optional<T> runWithProgress(String title, Work<T> work) throws Exception;
}
