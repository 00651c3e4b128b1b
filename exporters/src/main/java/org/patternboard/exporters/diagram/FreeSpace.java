package org.patternboard.exporters.diagram;

/**
 * Where a new card (or a pasted fragment) goes: the free spot nearest to where the user is looking, never on
 * a card, a note or a collapsed frame and never across a connection. Searched on the snap grid in rings around
 * the wanted centre, nearest first, so the result is deterministic.
 */
public final class FreeSpace {
    /** Air kept around other cards, so the new one can be told apart and connected. */
    static final double MARGIN = 20;
    private static final int MAX_RINGS = 80;

    private FreeSpace() {
    }

    /**
     * The top-left corner, on the grid, of a free {@code width × height} box whose centre is as near as possible
     * to ({@code cx}, {@code cy}); the box centred there when the search finds nothing free.
     */
    public static double[] near(DiagramScene scene, double cx, double cy, double width, double height, double grid) {
        double x0 = snap(cx - width / 2, grid);
        double y0 = snap(cy - height / 2, grid);
        for (int ring = 0; ring <= MAX_RINGS; ring++) {
            double[] best = null;
            double bestDistance = Double.MAX_VALUE;
            for (int i = -ring; i <= ring; i++) {
                for (int j = -ring; j <= ring; j++) {
                    if (Math.max(Math.abs(i), Math.abs(j)) != ring) {
                        continue; // only the ring's border: inner ones were tried already
                    }
                    double x = x0 + i * grid;
                    double y = y0 + j * grid;
                    double d = Math.hypot(x + width / 2 - cx, y + height / 2 - cy);
                    if (d < bestDistance && free(scene, new Box(x, y, width, height))) {
                        best = new double[] {x, y};
                        bestDistance = d;
                    }
                }
            }
            if (best != null) {
                return best;
            }
        }
        return new double[] {x0, y0};
    }

    static boolean free(DiagramScene scene, Box box) {
        Box padded = box.inflate(MARGIN);
        for (DiagramScene.Card c : scene.cards()) {
            if (padded.intersects(c.box())) {
                return false;
            }
        }
        for (DiagramScene.NoteBox n : scene.notes()) {
            if (padded.intersects(n.box())) {
                return false;
            }
        }
        for (DiagramScene.Frame f : scene.frames()) {
            if (f.collapsed() && padded.intersects(f.box())) {
                return false;
            }
        }
        Box line = box.inflate(MARGIN / 2);
        for (DiagramScene.Route r : scene.routes()) {
            for (int i = 0; i + 1 < r.xs().length; i++) {
                if (line.intersects(Box.spanning(r.xs()[i], r.ys()[i], r.xs()[i + 1], r.ys()[i + 1]))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static double snap(double v, double grid) {
        return Math.round(v / grid) * grid;
    }
}
