package org.patternboard.app.viewmodel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.edit.CompoundEdit;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.MoveEdit;

/** Align and distribute: one compound edit of moves, so each is a single undo step. */
public final class Arrange {
    public enum Align { LEFT, CENTER, RIGHT, TOP, MIDDLE, BOTTOM }

    private Arrange() {
    }

    /** Components among {@code ids}, in id order. */
    private static List<Component> components(Architecture a, Set<String> ids) {
        List<Component> list = new ArrayList<>();
        for (String id : new java.util.TreeSet<>(ids)) {
            a.component(id).ifPresent(list::add);
        }
        return list;
    }

    public static Edit align(Architecture a, Set<String> ids, Align how) {
        List<Component> cs = components(a, ids);
        if (cs.size() < 2) {
            return null;
        }
        double minX = cs.stream().mapToDouble(Component::x).min().orElse(0);
        double maxX = cs.stream().mapToDouble(c -> c.x() + c.effectiveWidth()).max().orElse(0);
        double minY = cs.stream().mapToDouble(Component::y).min().orElse(0);
        double maxY = cs.stream().mapToDouble(c -> c.y() + c.effectiveHeight()).max().orElse(0);
        List<Edit> moves = new ArrayList<>();
        for (Component c : cs) {
            double dx = 0;
            double dy = 0;
            switch (how) {
                case LEFT -> dx = minX - c.x();
                case RIGHT -> dx = maxX - c.effectiveWidth() - c.x();
                case CENTER -> dx = (minX + maxX) / 2 - c.effectiveWidth() / 2 - c.x();
                case TOP -> dy = minY - c.y();
                case BOTTOM -> dy = maxY - c.effectiveHeight() - c.y();
                case MIDDLE -> dy = (minY + maxY) / 2 - c.effectiveHeight() / 2 - c.y();
            }
            if (dx != 0 || dy != 0) {
                moves.add(new MoveEdit(Set.of(c.id()), dx, dy));
            }
        }
        return moves.isEmpty() ? null : new CompoundEdit("Align " + how.name().toLowerCase(java.util.Locale.ROOT), moves);
    }

    /** Equal gaps between the components, keeping the outermost two in place. */
    public static Edit distribute(Architecture a, Set<String> ids, boolean horizontally) {
        List<Component> cs = components(a, ids);
        if (cs.size() < 3) {
            return null;
        }
        cs.sort(Comparator.comparingDouble(c -> horizontally ? c.x() : c.y()));
        Component first = cs.get(0);
        Component last = cs.get(cs.size() - 1);
        double total = 0;
        for (Component c : cs) {
            total += horizontally ? c.effectiveWidth() : c.effectiveHeight();
        }
        double span = horizontally ? last.x() + last.effectiveWidth() - first.x()
                : last.y() + last.effectiveHeight() - first.y();
        double gap = (span - total) / (cs.size() - 1);
        double pos = horizontally ? first.x() : first.y();
        List<Edit> moves = new ArrayList<>();
        for (Component c : cs) {
            double current = horizontally ? c.x() : c.y();
            if (Math.abs(pos - current) > 1e-9) {
                moves.add(new MoveEdit(Set.of(c.id()), horizontally ? pos - current : 0, horizontally ? 0 : pos - current));
            }
            pos += (horizontally ? c.effectiveWidth() : c.effectiveHeight()) + gap;
        }
        return moves.isEmpty() ? null : new CompoundEdit(horizontally ? "Distribute horizontally" : "Distribute vertically", moves);
    }
}
