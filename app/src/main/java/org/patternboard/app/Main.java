package org.patternboard.app;

import org.patternboard.app.cli.Cli;
import org.patternboard.app.ui.DesktopLauncher;

/**
 * The jar's entry point. It must not extend {@code Application}: with JavaFX on the class path
 * the launcher refuses such a main class, so the desktop app is started from here.
 * No arguments: the desktop app on a sample design. {@code --screenshot FILE.png [DESIGN]}: smoke mode.
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
        System.exit(Cli.run(args));
    }
}
