package org.patternboard.app.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import javafx.application.Platform;
import org.patternboard.app.files.AppHome;
import org.patternboard.app.files.SingleInstance;
import org.patternboard.app.files.SampleLibrary;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.DesignFiles;

/**
 * The JavaFX application. Parameters: none (open the sample design), or {@code --screenshot FILE [DESIGN]}
 * (open the real window, render, save a screenshot, exit), or {@code --present DESIGN} (open it and present it),
 * or {@code --open FILE} (a design or template the file manager passed: open it).
 */
public final class PatternboardApp extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        List<String> args = getParameters().getRaw();
        boolean screenshot = !args.isEmpty() && "--screenshot".equals(args.get(0));
        boolean present = args.size() == 2 && "--present".equals(args.get(0));
        boolean open = args.size() == 2 && "--open".equals(args.get(0));
        Architecture initial = screenshot && args.size() > 2 ? DesignFiles.load(Path.of(args.get(2)))
                : SampleLibrary.defaultDesign();
        AppHome home = AppHome.standard();
        MainWindow window = new MainWindow(stage, Integrations.standard(), home, null, initial);
        if (!screenshot) {
            WindowMemory.restore(stage, home);
            SingleInstance.listen(home, file -> Platform.runLater(() -> {
                if (window.documents().open(file)) {
                    window.canvas().fitToContent();
                }
                stage.toFront();
            })).ifPresent(listener -> stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> listener.close()));
        }
        stage.show();
        if (FirstFrameExit.requested()) {
            FirstFrameExit.arm();
        }
        if (screenshot) {
            new Screenshot(window, stage, Path.of(args.get(1))).take();
        } else if (present) {
            // Main has checked that the file reads; opening it through the documents keeps Save pointing at it.
            window.documents().open(Path.of(args.get(1)));
            window.canvas().fitToContent();
            window.presenter().present();
        } else if (open) {
            window.documents().open(Path.of(args.get(1)));
            window.documents().startAutosave();
            window.canvas().fitToContent();
            window.canvas().requestFocus();
        } else {
            boolean recovered = window.documents().offerRecovery();
            window.documents().startAutosave();
            // A later start goes on with the last design; a first one (or a vanished file) gets the welcome view.
            java.util.Optional<Path> last = window.documents().recent().list().stream().findFirst()
                    .filter(java.nio.file.Files::isRegularFile);
            boolean reopened = !recovered && last.isPresent() && window.documents().open(last.get());
            window.canvas().fitToContent();
            window.canvas().requestFocus();
            if (!recovered && !reopened) {
                Platform.runLater(window::welcome);
            }
        }
    }
}
