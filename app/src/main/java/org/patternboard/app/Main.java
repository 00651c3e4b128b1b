package org.patternboard.app;

import org.patternboard.app.cli.Cli;
import org.patternboard.app.ui.DesktopLauncher;

/**
 * The jar's entry point. It must not extend {@code Application}: with JavaFX on the class path
 * the launcher refuses such a main class, so the desktop app is started from here.
 * No arguments: the desktop app on a sample design. {@code --screenshot FILE.png [DESIGN]}: smoke mode.
 * {@code --present DESIGN}: the desktop app on that design, presenting it.
 * Anything else: the command line, which never touches JavaFX (it runs without a display).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || "--screenshot".equals(args[0])) {
            if (args.length > 0 && args.length < 2) {
                System.err.println("patternboard: --screenshot needs a file: patternboard --screenshot FILE.png [DESIGN]");
                System.exit(Cli.BAD_INPUT);
            }
            System.exit(DesktopLauncher.launch(args));
        }
        if ("--present".equals(args[0])) {
            String problem = presentProblem(args);
            if (problem != null) {
                System.err.println("patternboard: " + problem);
                System.exit(Cli.BAD_INPUT);
            }
            System.exit(DesktopLauncher.launch(args));
        }
        System.exit(Cli.run(args));
    }

    /** Why {@code --present DESIGN} cannot start (checked before any window opens), or null. */
    static String presentProblem(String[] args) {
        if (args.length != 2) {
            return "--present needs one design: patternboard --present DESIGN.pboard.json";
        }
        try {
            org.patternboard.model.io.DesignFiles.load(java.nio.file.Path.of(args[1]));
            return null;
        } catch (org.patternboard.model.io.DesignFormatException e) {
            return e.getMessage();
        } catch (java.nio.file.InvalidPathException e) {
            return args[1] + ": not a file name";
        }
    }
}
