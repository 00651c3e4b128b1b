package org.patternboard.app.files;

import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.scene.image.Image;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.exporters.png.PngDiagram;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;

/**
 * Gallery thumbnails: each design drawn by the PNG exporter (the same picture as File › Export), at most
 * {@link #WIDTH} × {@link #HEIGHT}, on one background thread, once per key for the life of the app. Callers get a
 * future and put the image in place when it completes, so the gallery opens at once.
 */
public final class Thumbnails {
    public static final double WIDTH = 250;
    public static final double HEIGHT = 140;
    /** The PNG export's margin around the drawing, in design units. */
    private static final double MARGIN = 32;

    private static final Thumbnails SHARED = new Thumbnails();

    private final Map<String, CompletableFuture<Image>> cache = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "gallery-thumbnails");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    private final PngDiagram png = new PngDiagram();

    public static Thumbnails shared() {
        return SHARED;
    }

    /** The thumbnail of {@code design}, drawn the first time its key is asked for. */
    public CompletableFuture<Image> of(String key, Architecture design) {
        return cache.computeIfAbsent(key, k -> CompletableFuture.supplyAsync(() -> draw(design), worker));
    }

    private Image draw(Architecture design) {
        // Twice the shown size, so the picture stays sharp on HiDPI screens.
        PngDiagram.Png p = png.render(design, scale(design) * 2, false);
        return new Image(new ByteArrayInputStream(p.bytes()));
    }

    /** The scale that fits the drawing (with the export's margin) into the thumbnail, within the exporter's range. */
    static double scale(Architecture design) {
        Box b = DiagramScene.of(design, Catalog.standard()).bounds();
        if (b == null) {
            return 0.5;
        }
        double s = Math.min(WIDTH / (b.w() + 2 * MARGIN), HEIGHT / (b.h() + 2 * MARGIN));
        return Math.max(PngDiagram.MIN_SCALE, Math.min(PngDiagram.MAX_SCALE / 2, s));
    }
}
