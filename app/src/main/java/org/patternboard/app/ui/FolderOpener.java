package org.patternboard.app.ui;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Opens a folder in the system's file manager, off the FX thread (the desktop call can block for a while). */
final class FolderOpener {
    private FolderOpener() {
    }

    static void open(Path folder, Consumer<String> tell) {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            tell.accept("This system cannot open folders from Java; the file is in " + folder);
            return;
        }
        Thread t = new Thread(() -> {
            try {
                Desktop.getDesktop().open(folder.toFile());
            } catch (IOException | RuntimeException e) {
                javafx.application.Platform.runLater(() -> tell.accept("Cannot open " + folder + ": " + e.getMessage()));
            }
        }, "open-folder");
        t.setDaemon(true);
        t.start();
    }
}
