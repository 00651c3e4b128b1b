package org.patternboard.app.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * For the start-up benchmark (bench/startup): with {@code -Dpatternboard.exitAfterFirstFrame=true} the app
 * quits as soon as its first frame is on screen, so the process time is the time to first frame. The empty
 * JavaFX window it is compared with uses the same hook.
 */
public final class FirstFrameExit {
    static final String PROPERTY = "patternboard.exitAfterFirstFrame";

    private FirstFrameExit() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Call after {@code stage.show()}: the second animation pulse comes after the first frame was rendered. */
    public static void arm() {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    Platform.exit();
                    System.exit(0);
                }
            }
        }.start();
    }
}
