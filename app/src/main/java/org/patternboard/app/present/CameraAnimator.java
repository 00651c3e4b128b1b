package org.patternboard.app.present;

import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.util.Duration;
import org.patternboard.app.canvas.DiagramCanvas;
import org.patternboard.app.canvas.Viewport;

/**
 * Moves the presentation camera smoothly from one viewport to the next (about 400 ms, eased): the centre
 * glides in world coordinates and the zoom changes geometrically, so zooming in feels even, not sudden.
 * Instant when asked (tests, or the system property {@value PresentationMode#INSTANT_PROPERTY}).
 */
final class CameraAnimator {
    static final Duration DURATION = Duration.millis(400);

    private final DiagramCanvas canvas;
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private Timeline timeline;
    private Viewport from;
    private Viewport to;
    private boolean instant;

    CameraAnimator(DiagramCanvas canvas, boolean instant) {
        this.canvas = canvas;
        this.instant = instant;
        progress.addListener((o, a, b) -> {
            if (from != null && to != null) {
                canvas.setViewport(between(from, to, b.doubleValue(), canvas.getWidth(), canvas.getHeight()));
            }
        });
    }

    void setInstant(boolean instant) {
        this.instant = instant;
    }

    void moveTo(Viewport target) {
        stop();
        if (instant || canvas.getWidth() <= 0) {
            canvas.setViewport(target);
            return;
        }
        from = canvas.viewport();
        to = target;
        progress.set(0);
        timeline = new Timeline(new KeyFrame(DURATION, new KeyValue(progress, 1, Interpolator.EASE_BOTH)));
        timeline.setOnFinished(e -> {
            canvas.setViewport(target);
            timeline = null;
        });
        timeline.play();
    }

    boolean isRunning() {
        return timeline != null;
    }

    /** Where the camera is going (or is). */
    Viewport target() {
        return to == null ? canvas.viewport() : to;
    }

    void stop() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
            if (to != null) {
                canvas.setViewport(to);
            }
        }
    }

    static Viewport between(Viewport a, Viewport b, double t, double width, double height) {
        double ax = (width / 2 - a.tx()) / a.scale();
        double ay = (height / 2 - a.ty()) / a.scale();
        double bx = (width / 2 - b.tx()) / b.scale();
        double by = (height / 2 - b.ty()) / b.scale();
        double s = Math.exp(Math.log(a.scale()) * (1 - t) + Math.log(b.scale()) * t);
        double cx = ax + (bx - ax) * t;
        double cy = ay + (by - ay) * t;
        return new Viewport(s, width / 2 - cx * s, height / 2 - cy * s);
    }
}
