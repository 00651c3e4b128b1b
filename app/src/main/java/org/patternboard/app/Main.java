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
        if (opensInTheApp(args)) {
            // A double-click on a design (the desktop entry passes the file) opens it in the window: the one
            // already running if there is one, else a new one.
            if (org.patternboard.app.files.SingleInstance.handOver(org.patternboard.app.files.AppHome.standard(),
                    java.nio.file.Path.of(args[0]))) {
                System.exit(Cli.OK);
            }
            System.exit(DesktopLauncher.launch(new String[] {"--open", args[0]}));
        }
        if ("--train-class-data-sharing".equals(args[0]) && args.length == 3) {
            System.exit(ClassDataSharingTraining.run(args[1], java.nio.file.Path.of(args[2])));
        }
        System.exit(Cli.run(args));
    }

    /** One argument that names an existing file, not a command: the file manager's "open with". */
    static boolean opensInTheApp(String[] args) {
        if (args.length != 1 || args[0].startsWith("-") || Cli.commandLine().getSubcommands().containsKey(args[0])) {
            return false;
        }
        try {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(args[0]));
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
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
