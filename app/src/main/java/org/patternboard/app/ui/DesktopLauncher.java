package org.patternboard.app.ui;

import javafx.application.Application;

/** Starts the desktop app from {@code Main} (which must not itself extend Application). */
public final class DesktopLauncher {
    static volatile int exitCode;
    /**
     * JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" on every start
     * from the class path. Patternboard runs it from the class path on purpose: ControlsFX reaches into JavaFX
     * internals, which the module path would close (a dozen --add-opens a user would have to carry). Nothing is
     * unsupported in practice, and the user cannot act on it, so that one logger is quietened; a strong reference
     * keeps the level set (java.util.logging drops unreferenced loggers).
     */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");

    private DesktopLauncher() {
    }

    /** Runs the app until its window closes; returns the process exit code. */
    public static int launch(String[] args) {
        JAVAFX_LOG.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(PatternboardApp.class, args);
        return exitCode;
    }
}
