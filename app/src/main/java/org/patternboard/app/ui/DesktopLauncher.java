package org.patternboard.app.ui;

import javafx.application.Application;

/** Starts the desktop app from {@code Main} (which must not itself extend Application). */
public final class DesktopLauncher {
    static volatile int exitCode;

    private DesktopLauncher() {
    }

    /** Runs the app until its window closes; returns the process exit code. */
    public static int launch(String[] args) {
        Application.launch(PatternboardApp.class, args);
        return exitCode;
    }
}
