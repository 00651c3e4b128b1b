package org.patternboard.app;

import java.nio.file.Path;
import org.patternboard.app.cli.Cli;
import org.patternboard.app.ui.DesktopLauncher;

/**
 * The run whose loaded classes become the Class Data Sharing archive of an installed Patternboard
 * ({@code --train-class-data-sharing DESIGN SCRATCH_DIR}, used only by the dist build and the .deb's
 * postinst). It does what a user's first minute does: validate and export a design on the command line
 * and, when a display is there, open the window on it once. Not a user command, so not in the help.
 */
final class ClassDataSharingTraining {
    private ClassDataSharingTraining() {
    }

    static int run(String design, Path scratch) {
        int code = Cli.run(new String[] {"validate", design, "--fail-on", "never"});
        code = Math.max(code, Cli.run(new String[] {"export", design, "--to", "cloudformation", "--yaml",
            "--out", scratch.resolve("template.yaml").toString()}));
        code = Math.max(code, Cli.run(new String[] {"catalog", "--format", "json"}, quiet(), quiet()));
        if (code == Cli.OK && hasDisplay()) {
            code = DesktopLauncher.launch(new String[] {"--screenshot", scratch.resolve("window.png").toString(), design});
        }
        return code;
    }

    private static java.io.PrintWriter quiet() {
        return new java.io.PrintWriter(java.io.OutputStream.nullOutputStream());
    }

    /** Linux needs an X display (CI runs the build under Xvfb); macOS and Windows always have one. */
    static boolean hasDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        return !os.contains("linux") || System.getenv("DISPLAY") != null || System.getenv("WAYLAND_DISPLAY") != null;
    }
}
