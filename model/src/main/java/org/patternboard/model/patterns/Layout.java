package org.patternboard.model.patterns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Group;

/** Geometry helpers shared by parameter expansion, insertion and recognition. */
public final class Layout {
    /** Space between a frame's border and its contents. */
    public static final double FRAME_PADDING = 40;

    private Layout() {
    }

    /** Nesting depth of a group: 0 for a top-level group. */
    static int depth(Architecture a, Group g) {
        int d = 0;
        String parent = g.parent();
        while (parent != null && d < 1000) {
            d++;
            parent = a.group(parent).map(Group::parent).orElse(null);
        }
        return d;
    }

    /** Groups ordered parents first. */
    static List<Group> parentsFirst(Architecture a) {
        List<Group> groups = new ArrayList<>(a.groups());
        groups.sort(Comparator.comparingInt((Group g) -> depth(a, g)).thenComparing(Group::id));
        return groups;
    }

    /** Grows every group (deepest first) so it holds its children with padding; never shrinks one. */
    static Architecture growGroupsToFit(Architecture a) {
        List<Group> groups = parentsFirst(a);
        Architecture result = a;
        for (int i = groups.size() - 1; i >= 0; i--) {
            Group g = result.group(groups.get(i).id()).orElseThrow();
            double minX = g.x(), minY = g.y(), maxX = g.x() + g.width(), maxY = g.y() + g.height();
            for (String child : result.childrenOf(g.id())) {
                double[] box = bounds(result, child);
                minX = Math.min(minX, box[0] - FRAME_PADDING);
                minY = Math.min(minY, box[1] - FRAME_PADDING);
                maxX = Math.max(maxX, box[2] + FRAME_PADDING);
                maxY = Math.max(maxY, box[3] + FRAME_PADDING);
            }
            if (minX != g.x() || minY != g.y() || maxX != g.x() + g.width() || maxY != g.y() + g.height()) {
                result = result.withGroup(g.withBounds(minX, minY, maxX - minX, maxY - minY));
            }
        }
        return result;
    }

    /** {minX, minY, maxX, maxY} of a component or group. */
    static double[] bounds(Architecture a, String id) {
        Component c = a.componentOrNull(id);
        if (c != null) {
            return new double[] {c.x(), c.y(), c.x() + c.effectiveWidth(), c.y() + c.effectiveHeight()};
        }
        Group g = a.group(id).orElseThrow(() -> new IllegalArgumentException("no element '" + id + "'"));
        return new double[] {g.x(), g.y(), g.x() + g.width(), g.y() + g.height()};
    }
}
