package org.patternboard.model.patterns;

import java.util.ArrayList;
import java.util.List;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.Note;

/**
 * Spreads a hand-made layout apart until neighbouring cards leave room for a connection label between them,
 * keeping its reading order and alignments: every card's and note's top-left corner is scaled away from the
 * top-left of the drawing, by the smallest factor per axis that opens every gap between two side-by-side
 * cards (or stacked cards) to the minimum. Scaling keeps rows, columns and the order of everything, and only
 * ever widens a gap. Frames follow their contents with the margins they had. Deterministic, and a second run
 * changes nothing.
 */
public final class Spread {
    /** Room between columns for the widest connection label ("orchestrates", 86 px) with air either side. */
    public static final double COLUMN_GAP = 120;
    /** Room between rows for a label on an elbow's middle segment, and for parallel elbows to pass. */
    public static final double ROW_GAP = 48;

    private Spread() {
    }

    /** The design spread to the default gaps. */
    public static Architecture apply(Architecture a) {
        return apply(a, COLUMN_GAP, ROW_GAP);
    }

    public static Architecture apply(Architecture a, double columnGap, double rowGap) {
        List<double[]> leaves = new ArrayList<>();
        for (Component c : a.components()) {
            leaves.add(new double[] {c.x(), c.y(), c.effectiveWidth(), c.effectiveHeight()});
        }
        for (Note n : a.notes()) {
            leaves.add(new double[] {n.x(), n.y(), n.width() == null ? NOTE_WIDTH : n.width(), noteHeight(n)});
        }
        if (leaves.isEmpty()) {
            return a;
        }
        double ox = Double.MAX_VALUE;
        double oy = Double.MAX_VALUE;
        for (double[] l : leaves) {
            ox = Math.min(ox, l[0]);
            oy = Math.min(oy, l[1]);
        }
        double sx = factor(leaves, 0, columnGap);
        double sy = factor(leaves, 1, rowGap);
        if (sx == 1 && sy == 1) {
            return a;
        }
        // Frames keep the margins they had around their contents, so remember them before moving anything.
        List<Group> deepestFirst = new ArrayList<>(Layout.parentsFirst(a));
        java.util.Collections.reverse(deepestFirst);
        java.util.Map<String, double[]> margins = new java.util.HashMap<>();
        for (Group g : deepestFirst) {
            double[] inner = contentBounds(a, g.id());
            if (inner != null) {
                margins.put(g.id(), new double[] {inner[0] - g.x(), inner[1] - g.y(),
                        g.x() + g.width() - inner[2], g.y() + g.height() - inner[3]});
            }
        }
        Architecture result = a;
        for (Component c : a.components()) {
            result = result.withComponent(c.withPosition(scale(c.x(), ox, sx), scale(c.y(), oy, sy)));
        }
        for (Note n : a.notes()) {
            result = result.withNote(n.withPosition(scale(n.x(), ox, sx), scale(n.y(), oy, sy)));
        }
        for (Group g : deepestFirst) {
            double[] m = margins.get(g.id());
            double[] inner = contentBounds(result, g.id());
            if (m == null || inner == null) {
                result = result.withGroup(g.withPosition(scale(g.x(), ox, sx), scale(g.y(), oy, sy)));
                continue;
            }
            double x = inner[0] - m[0];
            double y = inner[1] - m[1];
            result = result.withGroup(g.withBounds(x, y, inner[2] + m[2] - x, inner[3] + m[3] - y));
        }
        return result;
    }

    /** Default note width and line metrics, as the diagram draws notes. */
    private static final double NOTE_WIDTH = 200;

    private static double noteHeight(Note n) {
        // Only used to find which notes sit side by side with a card; a rough line count is enough.
        return 20 + 16 * Math.max(1, n.text().split("\n", -1).length);
    }

    /**
     * The smallest factor (at least 1) that makes every gap along the axis between two boxes that face each
     * other across it (side by side for x, stacked for y) at least {@code gap}.
     */
    private static double factor(List<double[]> boxes, int axis, double gap) {
        int other = 1 - axis;
        double s = 1;
        for (double[] a : boxes) {
            for (double[] b : boxes) {
                boolean facing = a[other] < b[other] + b[other + 2] && b[other] < a[other] + a[other + 2];
                double apart = b[axis] - a[axis];
                if (facing && apart > 0 && b[axis] >= a[axis] + a[axis + 2] && b[axis] - a[axis] - a[axis + 2] < gap - 1) {
                    // (gaps within a pixel of the minimum count as open: positions are rounded to whole pixels)
                    s = Math.max(s, (gap + a[axis + 2]) / apart);
                }
            }
        }
        return s;
    }

    private static double scale(double v, double origin, double s) {
        return Math.round(origin + (v - origin) * s);
    }

    /** {minX, minY, maxX, maxY} of a group's children, or null when it has none. */
    private static double[] contentBounds(Architecture a, String groupId) {
        double[] box = null;
        for (String child : a.childrenOf(groupId)) {
            double[] b = Layout.bounds(a, child);
            box = box == null ? b : new double[] {Math.min(box[0], b[0]), Math.min(box[1], b[1]),
                    Math.max(box[2], b[2]), Math.max(box[3], b[3])};
        }
        return box;
    }
}
