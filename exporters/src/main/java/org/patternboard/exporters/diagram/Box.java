package org.patternboard.exporters.diagram;

/** An axis-aligned rectangle in world (design) coordinates. */
public record Box(double x, double y, double w, double h) {
    public double maxX() {
        return x + w;
    }

    public double maxY() {
        return y + h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= x + w && py >= y && py <= y + h;
    }

    public boolean intersects(Box o) {
        return o.x <= x + w && o.x + o.w >= x && o.y <= y + h && o.y + o.h >= y;
    }

    /** Whether {@code o} lies entirely inside this box. */
    public boolean encloses(Box o) {
        return o.x >= x && o.y >= y && o.x + o.w <= x + w && o.y + o.h <= y + h;
    }

    public Box union(Box o) {
        double nx = Math.min(x, o.x);
        double ny = Math.min(y, o.y);
        return new Box(nx, ny, Math.max(maxX(), o.maxX()) - nx, Math.max(maxY(), o.maxY()) - ny);
    }

    public Box inflate(double d) {
        return new Box(x - d, y - d, w + 2 * d, h + 2 * d);
    }

    /** The smallest box holding two corner points given in any order. */
    public static Box spanning(double x1, double y1, double x2, double y2) {
        return new Box(Math.min(x1, x2), Math.min(y1, y2), Math.abs(x2 - x1), Math.abs(y2 - y1));
    }
}
