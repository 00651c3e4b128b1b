package org.patternboard.exporters.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Moves each connection's kind label to a place on its own route where it covers no card, note, collapsed
 * frame or label placed before it. Candidates run along the route's segments, horizontal ones first (text
 * reads best there), middle first, then beside the segments on either side, so the labels of parallel
 * connections stack instead of piling up; routes are placed in id order, so the result is deterministic.
 * When no candidate is free (a very dense block) the one with the least overlap wins.
 */
final class LabelPlacer {
    /** Fractions along a segment, tried in this order. */
    private static final double[] ALONG = {0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9};
    private static final double GAP = 3;
    /** How far a label set beside its line stays clear of it. */
    private static final double BESIDE = 2;
    private static final double[] ON_LINE = {0};
    /** Below or right of the line first, then above or left. */
    private static final double[] SIDES = {1, -1};

    private LabelPlacer() {
    }

    static List<DiagramScene.Route> place(List<DiagramScene.Route> routes, List<Box> obstacles) {
        List<Box> taken = new ArrayList<>(obstacles.size() + routes.size());
        taken.addAll(obstacles);
        List<DiagramScene.Route> placed = new ArrayList<>(routes.size());
        for (DiagramScene.Route r : routes) {
            double w = DiagramScene.Route.labelWidth(r.connection().kind().id());
            double[] best = {r.labelX(), r.labelY()};
            double bestOverlap = overlap(labelBox(best[0], best[1], w), taken);
            // Passes: on horizontal segments, on vertical ones, then beside them (either side), which is
            // where the labels of parallel connections stack when the line itself has no room.
            for (int pass = 0; pass < 4 && bestOverlap > 0; pass++) {
                for (int i = 0; i + 1 < r.xs().length && bestOverlap > 0; i++) {
                    boolean flat = Math.abs(r.ys()[i] - r.ys()[i + 1]) < 0.5;
                    if (flat != (pass % 2 == 0)) {
                        continue;
                    }
                    double beside = pass < 2 ? 0 : flat ? DiagramScene.Route.LABEL_HEIGHT / 2 + BESIDE : w / 2 + BESIDE;
                    for (double t : ALONG) {
                        for (double side : pass < 2 ? ON_LINE : SIDES) {
                            double x = r.xs()[i] + (r.xs()[i + 1] - r.xs()[i]) * t + (flat ? 0 : side * beside);
                            double y = r.ys()[i] + (r.ys()[i + 1] - r.ys()[i]) * t + (flat ? side * beside : 0);
                            double o = overlap(labelBox(x, y, w), taken);
                            if (o < bestOverlap - 1e-9) {
                                bestOverlap = o;
                                best = new double[] {x, y};
                            }
                        }
                        if (bestOverlap == 0) {
                            break;
                        }
                    }
                }
            }
            Box label = labelBox(best[0], best[1], w);
            taken.add(label);
            placed.add(new DiagramScene.Route(r.connection(), r.fromId(), r.toId(), r.xs(), r.ys(), best[0], best[1],
                    r.synchronous(), r.bounds().union(label.inflate(6))));
        }
        return placed;
    }

    static Box labelBox(double x, double y, double width) {
        return new Box(x - width / 2, y - DiagramScene.Route.LABEL_HEIGHT / 2, width, DiagramScene.Route.LABEL_HEIGHT);
    }

    /** Total area of {@code box} (with a small gap around it) that lies on the given boxes. */
    private static double overlap(Box box, List<Box> others) {
        Box b = box.inflate(GAP);
        double sum = 0;
        for (Box o : others) {
            double w = Math.min(b.maxX(), o.maxX()) - Math.max(b.x(), o.x());
            double h = Math.min(b.maxY(), o.maxY()) - Math.max(b.y(), o.y());
            if (w > 0 && h > 0) {
                sum += w * h;
            }
        }
        return sum;
    }
}
