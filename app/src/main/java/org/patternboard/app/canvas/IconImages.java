package org.patternboard.app.canvas;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import org.patternboard.exporters.diagram.icons.Icon;

/**
 * The AWS icons as images for the canvas: each icon is painted once per size from its vector shapes and kept, so a
 * frame with a thousand cards draws a thousand cached images instead of parsing a thousand SVG paths. Sizes are
 * powers of two in device pixels (16 to 512), so zooming reuses a few images and each is drawn slightly reduced,
 * which stays sharp. FX thread only (painting uses a snapshot).
 */
final class IconImages {
    private static final int MIN = 16;
    private static final int MAX = 512;

    private final Map<String, Image> images = new HashMap<>();

    /** The icon as an image at least {@code pixels} wide (device pixels the icon will cover). */
    Image image(Icon icon, double pixels) {
        int side = side(pixels);
        return images.computeIfAbsent(icon.id() + "@" + side, k -> paint(icon, side));
    }

    static int side(double pixels) {
        int side = MIN;
        while (side < pixels && side < MAX) {
            side *= 2;
        }
        return side;
    }

    int size() {
        return images.size();
    }

    private static Image paint(Icon icon, int side) {
        Canvas c = new Canvas(side, side);
        GraphicsContext gc = c.getGraphicsContext2D();
        Icon.ViewBox v = icon.viewBox();
        gc.scale(side / v.width(), side / v.height());
        gc.translate(-v.x(), -v.y());
        for (Icon.Shape s : icon.shapes()) {
            gc.beginPath();
            gc.appendSVGPath(s.d());
            if (s.fill() != null) {
                gc.setFillRule(s.evenOdd() ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
                gc.setFill(Color.web(s.fill()));
                gc.fill();
            }
            if (s.stroke() != null) {
                gc.setStroke(Color.web(s.stroke()));
                gc.setLineWidth(s.strokeWidth());
                gc.stroke();
            }
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return c.snapshot(p, null);
    }
}
