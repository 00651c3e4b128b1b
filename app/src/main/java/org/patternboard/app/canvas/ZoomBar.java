package org.patternboard.app.canvas;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The floating zoom controls: out, the current zoom (click for 100 %), in, fit. */
public final class ZoomBar extends HBox {
    public ZoomBar(DiagramCanvas canvas) {
        getStyleClass().add("zoom-bar");
        Button out = button("\u2212", "Zoom out (Ctrl+\u2212)", "zoom-out");
        out.setOnAction(e -> canvas.zoomBy(1 / 1.25));
        Button level = button("100 %", "Actual size (Ctrl+1)", "zoom-level");
        level.setOnAction(e -> canvas.zoomTo(1));
        level.getStyleClass().add("zoom-level");
        Button in = button("+", "Zoom in (Ctrl+=)", "zoom-in");
        in.setOnAction(e -> canvas.zoomBy(1.25));
        Button fit = button("Fit", "Fit the design (Ctrl+0)", "zoom-fit");
        fit.setOnAction(e -> canvas.fitToContent());
        canvas.viewportProperty().addListener((o, a, b) -> level.setText(Math.round(b.scale() * 100) + " %"));
        getChildren().addAll(out, level, in, fit);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    private static Button button(String text, String tip, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        return b;
    }
}
