package org.patternboard.app.present;

import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.effect.DropShadow;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** A red glowing dot that follows the mouse while presenting; the cursor itself is hidden. */
final class LaserPointer extends Circle {
    LaserPointer() {
        super(7, Color.web("#ff2020"));
        getStyleClass().add("present-laser");
        setId("present-laser");
        setEffect(new DropShadow(16, Color.web("#ff3030")));
        setMouseTransparent(true);
        setManaged(false);
        setVisible(false);
    }

    void attach(Scene scene) {
        scene.setCursor(Cursor.NONE);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::follow);
        scene.addEventFilter(MouseEvent.MOUSE_DRAGGED, this::follow);
        scene.addEventFilter(MouseEvent.MOUSE_EXITED_TARGET, e -> {
            if (e.getTarget() == scene.getRoot()) {
                setVisible(false);
            }
        });
    }

    private void follow(MouseEvent e) {
        setCenterX(e.getSceneX());
        setCenterY(e.getSceneY());
        setVisible(true);
    }
}
