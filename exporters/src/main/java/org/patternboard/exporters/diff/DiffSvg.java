package org.patternboard.exporters.diff;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.exporters.svg.SvgDecoration;
import org.patternboard.exporters.svg.SvgDiagram;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.diff.DesignDiff;
import org.patternboard.model.diff.ElementChange;
import org.patternboard.model.diff.ElementsDiff;
import org.patternboard.model.diff.Rename;

/**
 * The diff drawn on the new design at its own positions (a stable layout: nothing is re-laid out, so the
 * picture is the one people know): additions outlined green, changes amber, and what was removed drawn as a
 * red, dashed, faded ghost where it stood in the old design. A legend counts each.
 */
public final class DiffSvg implements SvgDecoration {
    public static final String ADDED = "#12B76A";
    public static final String CHANGED = "#F79009";
    public static final String REMOVED = "#D92D20";
    private static final double LEGEND_HEIGHT = 44;

    private final DiagramScene oldScene;
    /** New element id to "added" or "changed". */
    private final Map<String, String> status = new HashMap<>();
    private final Set<String> removed = new HashSet<>();

    private DiffSvg(DesignDiff diff, Architecture oldDesign, Catalog catalog) {
        this.oldScene = DiagramScene.of(oldDesign, catalog);
        for (ElementsDiff e : new ElementsDiff[] {diff.components(), diff.connections(), diff.groups(), diff.notes()}) {
            for (ElementChange c : e.changed()) {
                status.put(c.id(), "changed");
            }
            for (Rename r : e.renamed()) {
                status.put(r.to(), "changed");
            }
            for (String id : e.added()) {
                status.put(id, "added");
            }
            removed.addAll(e.removed());
        }
    }

    public static String render(DesignDiff diff, Architecture oldDesign, Architecture newDesign) {
        Catalog catalog = Catalog.standard();
        return new SvgDiagram(catalog).render(newDesign, new DiffSvg(diff, oldDesign, catalog));
    }

    @Override
    public Box bounds(Box designBounds) {
        Box b = designBounds;
        for (Box ghost : ghostBoxes()) {
            b = b == null ? ghost : b.union(ghost);
        }
        if (b == null) {
            b = new Box(0, 0, 320, 120);
        }
        return new Box(b.x(), b.y(), Math.max(b.w(), 420), b.h() + LEGEND_HEIGHT);
    }

    private java.util.List<Box> ghostBoxes() {
        java.util.List<Box> boxes = new java.util.ArrayList<>();
        oldScene.cards().stream().filter(c -> removed.contains(c.id())).forEach(c -> boxes.add(c.box()));
        oldScene.frames().stream().filter(f -> removed.contains(f.id())).forEach(f -> boxes.add(f.box()));
        oldScene.notes().stream().filter(n -> removed.contains(n.id())).forEach(n -> boxes.add(n.box()));
        oldScene.routes().stream().filter(r -> removed.contains(r.id())).forEach(r -> boxes.add(r.bounds()));
        return boxes;
    }

    @Override
    public String defs() {
        return "    <marker id=\"arrow-removed\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\""
                + " orient=\"auto\"><path d=\"M0 0L10 5L0 10z\" fill=\"" + REMOVED + "\"/></marker>\n";
    }

    @Override
    public String classOf(String elementId) {
        String s = status.get(elementId);
        return s == null ? null : "diff-" + s;
    }

    @Override
    public void above(SvgDiagram.Painter p, DiagramScene scene) {
        // Ghosts first, so the marks of the new design stay on top where the two overlap.
        for (DiagramScene.Route r : oldScene.routes()) {
            if (removed.contains(r.id())) {
                p.raw("  <g class=\"diff-ghost diff-removed\" data-id=\"" + SvgDiagram.escape(r.id()) + "\" opacity=\"0.6\">\n");
                p.raw("    <path d=\"" + path(r) + "\" fill=\"none\" stroke=\"" + REMOVED
                        + "\" stroke-width=\"2\" stroke-dasharray=\"4 4\" marker-end=\"url(#arrow-removed)\"/>\n");
                p.raw("  </g>\n");
            }
        }
        for (DiagramScene.Frame f : oldScene.frames()) {
            if (removed.contains(f.id())) {
                ghost(p, f.id(), f.box(), () -> p.frame(f));
            }
        }
        for (DiagramScene.Card c : oldScene.cards()) {
            if (removed.contains(c.id())) {
                ghost(p, c.id(), c.box(), () -> p.card(c));
            }
        }
        for (DiagramScene.NoteBox n : oldScene.notes()) {
            if (removed.contains(n.id())) {
                ghost(p, n.id(), n.box(), () -> p.note(n));
            }
        }
        for (DiagramScene.Frame f : scene.frames()) {
            mark(p, f.id(), f.header());
        }
        for (DiagramScene.Route r : scene.routes()) {
            String s = status.get(r.id());
            if (s != null) {
                p.raw("  <path class=\"diff-mark diff-" + s + "\" data-id=\"" + SvgDiagram.escape(r.id()) + "\" d=\"" + path(r)
                        + "\" fill=\"none\" stroke=\"" + color(s) + "\" stroke-width=\"5\" stroke-opacity=\"0.45\"/>\n");
            }
        }
        for (DiagramScene.Card c : scene.cards()) {
            mark(p, c.id(), c.box());
        }
        for (DiagramScene.NoteBox n : scene.notes()) {
            mark(p, n.id(), n.box());
        }
        legend(p, scene);
    }

    private void ghost(SvgDiagram.Painter p, String id, Box b, Runnable draw) {
        p.raw("  <g class=\"diff-ghost diff-removed\" data-id=\"" + SvgDiagram.escape(id) + "\" opacity=\"0.45\">\n");
        draw.run();
        p.raw("    <rect x=\"" + SvgDiagram.number(b.x() - 3) + "\" y=\"" + SvgDiagram.number(b.y() - 3) + "\" width=\""
                + SvgDiagram.number(b.w() + 6) + "\" height=\"" + SvgDiagram.number(b.h() + 6) + "\" rx=\"10\" fill=\""
                + REMOVED + "\" fill-opacity=\"0.08\" stroke=\"" + REMOVED + "\" stroke-width=\"2.5\" stroke-dasharray=\"6 4\"/>\n");
        p.raw("  </g>\n");
    }

    private void mark(SvgDiagram.Painter p, String id, Box b) {
        String s = status.get(id);
        if (s == null) {
            return;
        }
        p.raw("  <rect class=\"diff-mark diff-" + s + "\" data-id=\"" + SvgDiagram.escape(id) + "\" x=\""
                + SvgDiagram.number(b.x() - 3) + "\" y=\"" + SvgDiagram.number(b.y() - 3) + "\" width=\""
                + SvgDiagram.number(b.w() + 6) + "\" height=\"" + SvgDiagram.number(b.h() + 6) + "\" rx=\"10\" fill=\""
                + color(s) + "\" fill-opacity=\"0.08\" stroke=\"" + color(s) + "\" stroke-width=\"3\"/>\n");
    }

    private void legend(SvgDiagram.Painter p, DiagramScene scene) {
        Box b = bounds(scene.bounds());
        double y = b.maxY() - LEGEND_HEIGHT + 24;
        double x = b.x();
        int added = count("added");
        int changed = count("changed");
        p.raw("  <g class=\"diff-legend\">\n");
        x = swatch(p, x, y, ADDED, "added", added, false);
        x = swatch(p, x, y, CHANGED, "changed", changed, false);
        swatch(p, x, y, REMOVED, "removed", removed.size(), true);
        p.raw("  </g>\n");
    }

    private int count(String s) {
        return (int) status.values().stream().filter(s::equals).count();
    }

    private static double swatch(SvgDiagram.Painter p, double x, double y, String color, String label, int n,
            boolean dashed) {
        p.raw("    <rect x=\"" + SvgDiagram.number(x) + "\" y=\"" + SvgDiagram.number(y - 11) + "\" width=\"22\" height=\"14\""
                + " rx=\"4\" fill=\"" + color + "\" fill-opacity=\"0.12\" stroke=\"" + color + "\" stroke-width=\"2\""
                + (dashed ? " stroke-dasharray=\"4 3\"" : "") + "/>\n");
        String text = label + " (" + n + ")";
        p.text(x + 30, y, 12, false, "#344054", text);
        return x + 30 + org.patternboard.exporters.diagram.TextFit.width(text, 12, false) + 24;
    }

    private static String color(String s) {
        return "added".equals(s) ? ADDED : CHANGED;
    }

    private static String path(DiagramScene.Route r) {
        StringBuilder d = new StringBuilder();
        for (int i = 0; i < r.xs().length; i++) {
            d.append(i == 0 ? "M" : "L").append(SvgDiagram.number(r.xs()[i])).append(' ').append(SvgDiagram.number(r.ys()[i]));
        }
        return d.toString();
    }
}
