package org.patternboard.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.patternboard.model.design.Component;

/**
 * Smoke mode: waits until the window has laid out, the findings of the design are in and the code preview
 * has been generated, then saves a PNG of the whole window and exits (0 on success, 3 on failure).
 */
final class Screenshot {
    private static final int MAX_WAIT_TICKS = 150;

    private final MainWindow window;
    private final Stage stage;
    private final Path file;
    private int ticks;
    private int settled;

    Screenshot(MainWindow window, Stage stage, Path file) {
        this.window = window;
        this.stage = stage;
        this.file = file;
    }

    void take() {
        // Show something worth looking at: the first component with findings (or the first one) selected.
        var vm = window.viewModel();
        window.canvas().fitToContent();
        window.canvas().requestFocus();
        Timeline poll = new Timeline();
        poll.getKeyFrames().add(new KeyFrame(Duration.millis(100), e -> {
            ticks++;
            boolean ready = vm.isCheckCurrent() && window.canvas().getWidth() > 0;
            if (ready && vm.selection().isEmpty()) {
                selectInteresting();
            }
            settled = ready ? settled + 1 : 0;
            if (settled >= 8 || ticks > MAX_WAIT_TICKS) {
                poll.stop();
                save();
            }
        }));
        poll.setCycleCount(Timeline.INDEFINITE);
        poll.play();
    }

    private void selectInteresting() {
        var vm = window.viewModel();
        var check = vm.checkProperty().get();
        String pick = null;
        for (Component c : vm.design().components()) {
            if (check != null && !check.about(c.id()).isEmpty()) {
                pick = c.id();
                break;
            }
        }
        if (pick == null && !vm.design().components().isEmpty()) {
            pick = vm.design().components().iterator().next().id();
        }
        if (pick != null) {
            vm.select(org.patternboard.app.viewmodel.Selection.of(pick));
        }
        window.preview().refresh();
    }

    private void save() {
        int code = 0;
        try {
            WritableImage image = stage.getScene().snapshot(null);
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                java.nio.file.Files.createDirectories(parent);
            }
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            System.err.println("patternboard: screenshot " + (int) image.getWidth() + "x" + (int) image.getHeight()
                    + " saved to " + file);
        } catch (IOException | RuntimeException e) {
            System.err.println("patternboard: screenshot failed: " + e);
            code = 3;
        }
        window.documents().shutdown();
        int exit = code;
        Platform.exit();
        // Exit from here too: a stuck non-daemon thread must not keep the smoke run alive.
        new Thread(() -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            Runtime.getRuntime().halt(exit);
        }, "screenshot-exit").start();
        DesktopLauncher.exitCode = exit;
    }
}
