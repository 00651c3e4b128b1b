package org.patternboard.app.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import org.testfx.util.WaitForAsyncUtils;

/** Small helpers shared by the UI tests. */
final class UiTestSupport {
    private UiTestSupport() {
    }

    /**
     * Runs on the FX thread and returns the result (reading view state safely from the test thread). The limit
     * only catches a hang: opening a template imports and lays it out, which on a busy 2-core CI machine can take
     * well over ten seconds.
     */
    static <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static void fxRun(Runnable r) {
        fx(() -> {
            r.run();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what);
        }
    }

    static Point2D mid(Point2D a, Point2D b) {
        return new Point2D((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2);
    }

    static void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        Platform.requestNextPulse();
        WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
