package org.patternboard.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.patternboard.app.canvas.DiagramCanvas;
import org.patternboard.app.canvas.Viewport;
import org.patternboard.app.files.AppHome;
import org.patternboard.app.ui.Integrations;
import org.patternboard.app.ui.MainWindow;
import org.patternboard.app.viewmodel.ClasspathBlocks;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.model.design.Architecture;

/**
 * Frame time of the canvas while panning designs of 50 and 2,000 components, in the real main window.
 * Pulses run back to back ({@code javafx.animation.fullspeed}); each frame pans the view a little, and the
 * time between frames is the frame time (scene update + canvas drawing + rasterising). Reports medians.
 *
 * <p>Run with {@code bench/canvas-pan} (headless Monocle software rendering by default; {@code --window}
 * for a real window, e.g. under Xvfb).
 */
public final class CanvasPanBenchmark {
    private static final int WARMUP = 120;
    private static final int FRAMES = 400;

    private CanvasPanBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        boolean window = Arrays.asList(args).contains("--window");
        if (!window) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("headless.geometry", "1600x1000-32");
        }
        System.setProperty("javafx.animation.fullspeed", "true");
        System.setProperty("patternboard.home", Path.of(System.getProperty("java.io.tmpdir"), "pb-bench").toString());
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        // Each run closes its window; without this the toolkit would shut down after the first one.
        Platform.setImplicitExit(false);
        System.out.printf(Locale.ROOT, "Canvas pan benchmark (%s, %d warm-up + %d measured frames, window %.0fx%.0f)%n",
                window ? "real window" : "Monocle headless, software rendering", WARMUP, FRAMES, MainWindow.WIDTH,
                MainWindow.HEIGHT);
        List<String> rows = new ArrayList<>();
        double[] at100 = new double[2];
        int[] sizes = {50, 2000};
        for (int i = 0; i < sizes.length; i++) {
            Result r100 = run(SyntheticDesigns.grid(sizes[i], 42), false);
            Result fit = run(SyntheticDesigns.grid(sizes[i], 42), true);
            at100[i] = r100.medianFrameMs;
            rows.add(r100.row(sizes[i], "100 %"));
            rows.add(fit.row(sizes[i], "fit (zoomed out)"));
        }
        System.out.println();
        System.out.println("| components | zoom | median frame | p95 frame | median draw (UI thread) | cards drawn |");
        System.out.println("|---:|---|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nRatio of median frame times at 100 %%, 2,000 vs 50 components: %.2fx (target <= 2x)%n",
                at100[1] / at100[0]);
        Platform.exit();
        System.exit(0);
    }

    record Result(double medianFrameMs, double p95FrameMs, double medianDrawMs, int cardsDrawn) {
        String row(int n, String zoom) {
            return String.format(Locale.ROOT, "| %,d | %s | %.2f ms | %.2f ms | %.2f ms | %d |", n, zoom, medianFrameMs,
                    p95FrameMs, medianDrawMs, cardsDrawn);
        }
    }

    private static Result run(Architecture design, boolean fit) throws Exception {
        long[] frameNanos = new long[FRAMES];
        long[] drawNanos = new long[FRAMES];
        int[] cards = new int[1];
        CountDownLatch done = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        Platform.runLater(() -> {
            stage[0] = new Stage();
            MainWindow w = new MainWindow(stage[0], new Integrations(null, ClasspathBlocks.load(), null, null, null, null),
                    AppHome.standard(), null, design);
            stage[0].show();
            DiagramCanvas canvas = w.canvas();
            canvas.applyCss();
            canvas.layout();
            Box bounds = canvas.scene().bounds();
            Viewport start = fit ? Viewport.fit(bounds, canvas.getWidth(), canvas.getHeight(), 40, 1)
                    : new Viewport(1, 0, 0).centerOn(bounds.centerX(), bounds.centerY(), canvas.getWidth(), canvas.getHeight());
            canvas.setViewport(start);
            new AnimationTimer() {
                private int frame = -WARMUP;
                private long last;
                private long lastPaints = -1;

                @Override
                public void handle(long now) {
                    long t = System.nanoTime();
                    if (frame >= 0 && frame < FRAMES) {
                        frameNanos[frame] = t - last;
                        drawNanos[frame] = canvas.lastPaintNanos();
                    }
                    last = t;
                    frame++;
                    if (frame >= FRAMES) {
                        stop();
                        cards[0] = canvas.lastDrawnCards();
                        stage[0].close();
                        done.countDown();
                        return;
                    }
                    // Pan back and forth in a circle so the same amount stays in view.
                    double angle = frame * 0.05;
                    canvas.setViewport(start.panBy(Math.cos(angle) * 300, Math.sin(angle) * 200));
                }
            }.start();
        });
        if (!done.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("benchmark did not finish");
        }
        return new Result(median(frameNanos) / 1e6, percentile(frameNanos, 0.95) / 1e6, median(drawNanos) / 1e6, cards[0]);
    }

    private static double median(long[] v) {
        return percentile(v, 0.5);
    }

    private static double percentile(long[] v, double p) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.min(s.length - 1, Math.round(p * (s.length - 1)))];
    }
}
