package org.patternboard.app.ui;

import java.util.List;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.patternboard.app.files.AppHome;
import org.patternboard.app.files.WindowPlacement;

/** Puts the main window where it was when it last closed, if that is still on a screen, and remembers it on close. */
final class WindowMemory {
    private WindowMemory() {
    }

    static void restore(Stage stage, AppHome home) {
        List<double[]> screens = Screen.getScreens().stream().map(Screen::getVisualBounds)
                .map(b -> new double[] {b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()}).toList();
        WindowPlacement.load(home).filter(p -> p.visibleOn(screens)).ifPresent(p -> {
            stage.setX(p.x());
            stage.setY(p.y());
            stage.setWidth(p.width());
            stage.setHeight(p.height());
            stage.setMaximized(p.maximized());
        });
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDING, e -> placement(stage).save(home));
    }

    static WindowPlacement placement(Stage stage) {
        return new WindowPlacement(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

}
