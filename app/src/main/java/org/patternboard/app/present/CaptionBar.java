package org.patternboard.app.present;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bar along the bottom of a slide: caption, step of a flow, slide number. */
final class CaptionBar extends HBox {
    static final double HEIGHT = 72;

    private final Label caption = new Label();
    private final Label step = new Label();
    private final Label counter = new Label();

    CaptionBar() {
        super(24);
        setId("present-caption-bar");
        getStyleClass().add("present-caption-bar");
        setAlignment(Pos.CENTER_LEFT);
        setMinHeight(HEIGHT);
        setMaxHeight(HEIGHT);
        caption.setId("present-caption");
        caption.getStyleClass().add("present-caption");
        step.setId("present-step");
        step.getStyleClass().add("present-step");
        counter.setId("present-counter");
        counter.getStyleClass().add("present-counter");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(caption, spacer, step, counter);
    }

    void show(String title, int litSteps, int steps, int slide, int slides) {
        caption.setText(title);
        step.setText(steps == 0 ? "" : litSteps == 0 ? steps + " steps" : "Step " + litSteps + " of " + steps);
        counter.setText((slide + 1) + " / " + slides);
    }
}
