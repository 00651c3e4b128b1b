package org.patternboard.app.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.edit.CompoundEdit;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.MoveEdit;
import org.patternboard.model.edit.ReplaceGroup;
import org.patternboard.model.patterns.Spread;

/**
 * Layered left-to-right layout with Eclipse ELK, returned as one undoable edit. The whole design is laid
 * out hierarchically (frames stay around their contents and are resized to fit); a selection is laid out
 * on its own and stays where it was. Pure computation: safe to run off the UI thread.
 */
public final class AutoLayout {
    private static final double HEADER = DiagramScene.FRAME_HEADER + 20;
    private static volatile boolean registered;

    private AutoLayout() {
    }

    private static void register() {
        if (!registered) {
            synchronized (AutoLayout.class) {
                if (!registered) {
                    LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
                    registered = true;
                }
            }
        }
    }

    /**
     * The layout edit, or null when there is nothing to move.
     *
     * @param selection component ids to lay out on their own; empty for the whole design
     */
    public static Edit layout(Architecture a, Set<String> selection) {
        register();
        boolean whole = selection.isEmpty();
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root);
        root.setProperty(LayeredOptions.HIERARCHY_HANDLING, whole ? HierarchyHandling.INCLUDE_CHILDREN : HierarchyHandling.SEPARATE_CHILDREN);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        // Collapsed frames stand in for everything inside them.
        Map<String, String> rep = new HashMap<>();
        Map<String, Set<String>> carried = new HashMap<>();
        if (whole) {
            for (Group g : parentsFirst(a)) {
                String hiddenBy = collapsedAncestor(a, g.parent());
                if (hiddenBy != null) {
                    rep.put(g.id(), hiddenBy);
                    carried.computeIfAbsent(hiddenBy, k -> new TreeSet<>()).add(g.id());
                    continue;
                }
                ElkNode parent = g.parent() == null ? root : nodes.get(g.parent());
                ElkNode n = ElkGraphUtil.createNode(parent == null ? root : parent);
                n.setIdentifier(g.id());
                if (g.collapsed()) {
                    n.setDimensions(DiagramScene.COLLAPSED_WIDTH, DiagramScene.COLLAPSED_HEIGHT);
                } else {
                    configure(n);
                    n.setProperty(LayeredOptions.PADDING, new ElkPadding(HEADER, 30, 30, 30));
                }
                nodes.put(g.id(), n);
            }
        }
        for (Component c : a.components()) {
            if (!whole && !selection.contains(c.id())) {
                continue;
            }
            String hiddenBy = whole ? collapsedAncestor(a, c.parent()) : null;
            if (hiddenBy != null) {
                rep.put(c.id(), hiddenBy);
                carried.computeIfAbsent(hiddenBy, k -> new TreeSet<>()).add(c.id());
                continue;
            }
            ElkNode parent = whole && c.parent() != null && nodes.containsKey(c.parent()) ? nodes.get(c.parent()) : root;
            ElkNode n = ElkGraphUtil.createNode(parent);
            n.setIdentifier(c.id());
            n.setDimensions(c.effectiveWidth(), c.effectiveHeight());
            nodes.put(c.id(), n);
        }
        if (nodes.isEmpty()) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        for (Connection c : a.connections()) {
            String from = rep.getOrDefault(c.from(), c.from());
            String to = rep.getOrDefault(c.to(), c.to());
            ElkNode f = nodes.get(from);
            ElkNode t = nodes.get(to);
            if (f == null || t == null || from.equals(to) || !seen.add(from + "\u0000" + to)
                    || isAncestor(f, t) || isAncestor(t, f)) {
                continue;
            }
            ElkGraphUtil.updateContainment(ElkGraphUtil.createSimpleEdge(f, t));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        // Keep the laid-out part where it was: align the new top-left corner with the old one.
        double oldX = Double.MAX_VALUE;
        double oldY = Double.MAX_VALUE;
        double newX = Double.MAX_VALUE;
        double newY = Double.MAX_VALUE;
        for (Map.Entry<String, ElkNode> e : nodes.entrySet()) {
            if (e.getValue().getParent() != root) {
                continue;
            }
            double[] old = position(a, e.getKey());
            oldX = Math.min(oldX, old[0]);
            oldY = Math.min(oldY, old[1]);
            newX = Math.min(newX, e.getValue().getX());
            newY = Math.min(newY, e.getValue().getY());
        }
        double shiftX = oldX - newX;
        double shiftY = oldY - newY;
        List<Edit> steps = new ArrayList<>();
        for (Map.Entry<String, ElkNode> e : nodes.entrySet()) {
            String id = e.getKey();
            ElkNode n = e.getValue();
            double x = snap(absoluteX(n, root) + shiftX);
            double y = snap(absoluteY(n, root) + shiftY);
            double[] old = position(a, id);
            Group g = a.group(id).orElse(null);
            if (g != null && !g.collapsed()) {
                Group moved = g.withBounds(x, y, snap(n.getWidth()), snap(n.getHeight()));
                if (!moved.equals(g)) {
                    steps.add(new ReplaceGroup(id, moved, "Lay out " + g.label()));
                }
            } else if (x != old[0] || y != old[1]) {
                Set<String> ids = new TreeSet<>(carried.getOrDefault(id, Set.of()));
                ids.add(id);
                steps.add(new MoveEdit(ids, x - old[0], y - old[1]));
            }
        }
        if (steps.isEmpty()) {
            return null;
        }
        return new CompoundEdit(whole ? "Auto-layout" : "Auto-layout " + selection.size() + " items", steps);
    }

    private static void configure(ElkNode n) {
        n.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        n.setProperty(LayeredOptions.DIRECTION, Direction.RIGHT);
        // The room Spread leaves in hand layouts, so a connection label fits between any two neighbours.
        n.setProperty(LayeredOptions.SPACING_NODE_NODE, Spread.ROW_GAP);
        n.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, Spread.COLUMN_GAP);
        n.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        n.setProperty(LayeredOptions.PADDING, new ElkPadding(20));
    }

    private static double snap(double v) {
        return Math.round(v / 10.0) * 10.0;
    }

    private static boolean isAncestor(ElkNode maybeAncestor, ElkNode n) {
        for (ElkNode p = n.getParent(); p != null; p = p.getParent()) {
            if (p == maybeAncestor) {
                return true;
            }
        }
        return false;
    }

    private static double absoluteX(ElkNode n, ElkNode root) {
        double x = 0;
        for (ElkNode p = n; p != null && p != root; p = p.getParent()) {
            x += p.getX();
        }
        return x;
    }

    private static double absoluteY(ElkNode n, ElkNode root) {
        double y = 0;
        for (ElkNode p = n; p != null && p != root; p = p.getParent()) {
            y += p.getY();
        }
        return y;
    }

    private static double[] position(Architecture a, String id) {
        Component c = a.componentOrNull(id);
        if (c != null) {
            return new double[] {c.x(), c.y()};
        }
        Group g = a.group(id).orElseThrow();
        return new double[] {g.x(), g.y()};
    }

    private static String collapsedAncestor(Architecture a, String groupId) {
        String found = null;
        Set<String> seen = new HashSet<>();
        for (String p = groupId; p != null && seen.add(p);) {
            Group g = a.group(p).orElse(null);
            if (g == null) {
                break;
            }
            if (g.collapsed()) {
                found = g.id();
            }
            p = g.parent();
        }
        return found;
    }

    private static List<Group> parentsFirst(Architecture a) {
        List<Group> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<Group> remaining = new ArrayList<>(a.groups());
        while (!remaining.isEmpty()) {
            boolean progress = false;
            for (var it = remaining.iterator(); it.hasNext();) {
                Group g = it.next();
                if (g.parent() == null || placed.contains(g.parent()) || a.group(g.parent()).isEmpty()) {
                    ordered.add(g);
                    placed.add(g.id());
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                ordered.addAll(remaining);
                break;
            }
        }
        return ordered;
    }
}
