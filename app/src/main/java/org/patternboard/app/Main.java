package org.patternboard.app;

import org.patternboard.app.cli.Cli;

/**
 * The jar's entry point. It must not extend {@code Application}: with JavaFX on the class path
 * the launcher refuses such a main class, so the desktop app is started from here.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(Cli.run(args));
    }
}
