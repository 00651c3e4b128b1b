package org.patternboard.model.design;

import java.util.Map;
import java.util.Objects;

/**
 * A container: pattern frame (remembers its block id in {@code pattern}), VPC, subnet, account, free.
 */
public record Group(
        String id,
        GroupKind kind,
        String label,
        String pattern,
        double x,
        double y,
        double width,
        double height,
        String parent,
        boolean collapsed,
        Map<String, Object> extra) {

    public Group {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        label = label == null ? "" : label;
        extra = Values.freezeMap(extra);
    }

    public static Group of(String id, GroupKind kind, String label, double x, double y, double width, double height) {
        return new Group(id, kind, label, null, x, y, width, height, null, false, Map.of());
    }

    public Group withBounds(double nx, double ny, double w, double h) {
        return new Group(id, kind, label, pattern, nx, ny, w, h, parent, collapsed, extra);
    }

    public Group withPosition(double nx, double ny) {
        return withBounds(nx, ny, width, height);
    }

    public Group withLabel(String newLabel) {
        return new Group(id, kind, newLabel, pattern, x, y, width, height, parent, collapsed, extra);
    }

    public Group withParent(String newParent) {
        return new Group(id, kind, label, pattern, x, y, width, height, newParent, collapsed, extra);
    }

    public Group withCollapsed(boolean c) {
        return new Group(id, kind, label, pattern, x, y, width, height, parent, c, extra);
    }

    public Group withId(String newId) {
        return new Group(newId, kind, label, pattern, x, y, width, height, parent, collapsed, extra);
    }

    public Group withPattern(String newPattern) {
        return new Group(id, kind, label, newPattern, x, y, width, height, parent, collapsed, extra);
    }
}
