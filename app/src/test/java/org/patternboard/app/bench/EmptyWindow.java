package org.patternboard.app.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.patternboard.app.ui.FirstFrameExit;

/** bench/startup's baseline: the smallest JavaFX app, a window of the app's size, timed to its first frame. */
public final class EmptyWindow extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 1440, 900));
        stage.show();
        FirstFrameExit.arm();
    }

    /** Launched through this class's own main: a bench run, not the product. */
    public static final class Launch {
        private Launch() {
        }

        public static void main(String[] args) {
            Application.launch(EmptyWindow.class, args);
        }
    }
}
