package org.patternboard.model.story;

/**
 * What a slide shows: a rectangle in world (design) coordinates. A rectangle rather than centre and zoom,
 * so a slide looks the same on a laptop and on a projector of another size or aspect ratio: the
 * presentation fits the rectangle into whatever screen it has.
 */
public record Camera(double x, double y, double width, double height) {
    public Camera {
        if (!Double.isFinite(x) || !Double.isFinite(y) || !(width > 0) || !(height > 0) || !Double.isFinite(width)
                || !Double.isFinite(height)) {
            throw new IllegalArgumentException("a camera needs a finite position and a positive width and height");
        }
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }
}
