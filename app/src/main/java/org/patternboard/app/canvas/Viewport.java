package org.patternboard.app.canvas;

import org.patternboard.exporters.diagram.Box;

/**
 * Maps world (design) coordinates to screen pixels: {@code screen = world * scale + translate}.
 * A pure value shared by the canvas and the minimap; zoom is clamped and snaps to 100 % near it.
 */
public record Viewport(double scale, double tx, double ty) {
    public static final double MIN_SCALE = 0.05;
    public static final double MAX_SCALE = 4.0;
    /**
     * The smallest zoom at which card names (13 px bold) still read at 9 px on screen. Fit never goes below
     * it: a larger design is shown from its top-left corner, where flows start, and each frame can be fitted
     * on its own (double-click its title).
     */
    public static final double READABLE_SCALE = 0.7;

    public static Viewport identity() {
        return new Viewport(1, 0, 0);
    }

    public double toWorldX(double sx) {
        return (sx - tx) / scale;
    }

    public double toWorldY(double sy) {
        return (sy - ty) / scale;
    }

    public double toScreenX(double wx) {
        return wx * scale + tx;
    }

    public double toScreenY(double wy) {
        return wy * scale + ty;
    }

    /** The world rectangle a view of the given pixel size shows. */
    public Box visibleWorld(double width, double height) {
        return new Box(toWorldX(0), toWorldY(0), width / scale, height / scale);
    }

    public Viewport panBy(double dx, double dy) {
        return new Viewport(scale, tx + dx, ty + dy);
    }

    /** Zooms by {@code factor} keeping the world point under the screen point (sx, sy) in place. */
    public Viewport zoomAt(double sx, double sy, double factor) {
        return zoomTo(sx, sy, scale * factor);
    }

    public Viewport zoomTo(double sx, double sy, double newScale) {
        double s = constrain(newScale);
        double wx = toWorldX(sx);
        double wy = toWorldY(sy);
        return new Viewport(s, sx - wx * s, sy - wy * s);
    }

    /** Clamps a scale and snaps values within 3 % of 100 % to exactly 100 %, so text is crisp again. */
    public static double constrain(double s) {
        if (Double.isNaN(s)) {
            return 1;
        }
        double c = Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
        return Math.abs(c - 1) < 0.03 ? 1 : c;
    }

    /** A viewport showing {@code content} centred in a view of the given size, never above {@code maxScale}. */
    public static Viewport fit(Box content, double width, double height, double margin, double maxScale) {
        if (content == null || width <= 0 || height <= 0) {
            return identity();
        }
        double sw = (width - 2 * margin) / Math.max(1, content.w());
        double sh = (height - 2 * margin) / Math.max(1, content.h());
        double s = Math.max(MIN_SCALE, Math.min(Math.min(sw, sh), maxScale));
        double tx = width / 2 - content.centerX() * s;
        double ty = height / 2 - content.centerY() * s;
        return new Viewport(s, tx, ty);
    }

    /**
     * Fits the content as {@link #fit} does, but never below {@link #READABLE_SCALE}: then the content's
     * top-left corner sits at the margin (and a side that fits is centred).
     */
    public static Viewport fitReadable(Box content, double width, double height, double margin, double maxScale) {
        Viewport plain = fit(content, width, height, margin, maxScale);
        if (content == null || plain.scale() >= READABLE_SCALE) {
            return plain;
        }
        double s = READABLE_SCALE;
        double tx = content.w() * s <= width - 2 * margin ? width / 2 - content.centerX() * s : margin - content.x() * s;
        double ty = content.h() * s <= height - 2 * margin ? height / 2 - content.centerY() * s : margin - content.y() * s;
        return new Viewport(s, tx, ty);
    }

    /** The same zoom, moved so the world point is at the centre of the view. */
    public Viewport centerOn(double wx, double wy, double width, double height) {
        return new Viewport(scale, width / 2 - wx * scale, height / 2 - wy * scale);
    }
}
