package org.patternboard.model.patterns.recognition;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.edit.CompoundEdit;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.EditException;
import org.patternboard.model.edit.Ids;
import org.patternboard.model.edit.ReplaceComponent;
import org.patternboard.model.edit.ReplaceGroup;
import org.patternboard.model.patterns.Layout;

/**
 * Frames matches: per match a {@code pattern} group (label, block id, bounds around its components with the
 * blocks' frame padding) that becomes the parent of its components. The frame sits in the innermost group
 * holding all of them (a VPC, say); a sub-group whose whole content is in the match moves into the frame, and
 * a component in a sub-group shared with other components stays where it is, so no VPC membership changes.
 */
final class MatchFramer {

    Edit frame(Architecture design, List<PatternMatch> matches) {
        List<Edit> steps = new ArrayList<>();
        Architecture a = design;
        for (PatternMatch m : matches) {
            for (Edit step : frameOne(a, m)) {
                steps.add(step);
                a = step.apply(a);
            }
        }
        return new CompoundEdit(matches.size() == 1 ? "Frame " + matches.get(0).label()
                : "Frame " + matches.size() + " patterns", steps);
    }

    private List<Edit> frameOne(Architecture a, PatternMatch m) {
        List<Component> members = new ArrayList<>();
        for (String id : m.components()) {
            members.add(a.component(id).orElseThrow(() -> new EditException(
                    "cannot frame " + m.label() + ": the design has no component '" + id + "'")));
        }
        String common = commonGroup(a, members);
        String frameId = Ids.fresh(a, m.blockId());
        Set<String> movedGroups = new LinkedHashSet<>();
        List<Component> movedComponents = new ArrayList<>();
        Set<String> memberIds = m.components();
        for (Component c : members) {
            String top = topBelow(a, c, common);
            if (top == null) {
                movedComponents.add(c);
            } else if (!movedGroups.contains(top) && allInside(a, top, memberIds)) {
                movedGroups.add(top);
            }
        }
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Component c : members) {
            grow(box, c.x(), c.y(), c.x() + c.effectiveWidth(), c.y() + c.effectiveHeight());
        }
        for (String g : movedGroups) {
            Group group = a.group(g).orElseThrow();
            grow(box, group.x(), group.y(), group.x() + group.width(), group.y() + group.height());
        }
        double pad = Layout.FRAME_PADDING;
        Group frame = new Group(frameId, GroupKind.PATTERN, m.label(), m.blockId(), box[0] - pad, box[1] - pad,
                box[2] - box[0] + 2 * pad, box[3] - box[1] + 2 * pad, common, false, java.util.Map.of());
        List<Edit> steps = new ArrayList<>();
        steps.add(new ReplaceGroup(frameId, frame, "Frame " + m.label()));
        for (String g : movedGroups) {
            steps.add(new ReplaceGroup(g, a.group(g).orElseThrow().withParent(frameId), "Move into " + m.label()));
        }
        for (Component c : movedComponents) {
            steps.add(new ReplaceComponent(c.id(), c.withParent(frameId), "Move " + c.name() + " into " + m.label()));
        }
        return steps;
    }

    private static void grow(double[] box, double x0, double y0, double x1, double y1) {
        box[0] = Math.min(box[0], x0);
        box[1] = Math.min(box[1], y0);
        box[2] = Math.max(box[2], x1);
        box[3] = Math.max(box[3], y1);
    }

    /** The groups holding a component, innermost first. */
    private static List<String> chain(Architecture a, String parent) {
        List<String> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String p = parent; p != null && seen.add(p); p = a.group(p).map(Group::parent).orElse(null)) {
            if (a.group(p).isEmpty()) {
                break;
            }
            chain.add(p);
        }
        return chain;
    }

    private static String commonGroup(Architecture a, List<Component> members) {
        List<String> common = null;
        for (Component c : members) {
            List<String> chain = chain(a, c.parent());
            if (common == null) {
                common = new ArrayList<>(chain);
            } else {
                common.retainAll(chain);
            }
        }
        return common == null || common.isEmpty() ? null : common.get(0);
    }

    /** The group directly inside {@code common} that holds the component, or null when its parent is common. */
    private static String topBelow(Architecture a, Component c, String common) {
        List<String> chain = chain(a, c.parent());
        int at = common == null ? chain.size() : chain.indexOf(common);
        return at <= 0 ? null : chain.get(at - 1);
    }

    private static boolean allInside(Architecture a, String group, Set<String> members) {
        for (Component c : a.components()) {
            if (chain(a, c.parent()).contains(group) && !members.contains(c.id())) {
                return false;
            }
        }
        return true;
    }
}
