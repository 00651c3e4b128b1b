package org.patternboard.exporters.drawio;

import java.util.HashMap;
import java.util.Map;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.exporters.diagram.DiagramStyle;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Group;

/**
 * Writes a design as an uncompressed draw.io file (mxGraph XML) that opens, and stays editable, in draw.io.
 * It draws {@link DiagramScene}, so frames, cards, notes and routes sit where the canvas and SVG put them:
 * components become AWS 4 icons ({@code mxgraph.aws4.*}) labelled with their name, frames and groups become
 * containers holding their members (child geometry is relative to the container, as mxGraph wants), and
 * connections become labelled orthogonal edges with the same ports and bends. Deterministic: ids derive
 * from the design's ids and nothing depends on time or hash order.
 */
public final class DrawioDiagram {
    /** Space left of and above the drawing, so nothing touches draw.io's page origin. */
    private static final double MARGIN = 40;
    /** Side of a component's icon; the card's box is wider than an icon, so the icon sits in its middle. */
    private static final double ICON = 48;
    private static final String GROUP_POINTS = "points=[[0,0],[0.25,0],[0.5,0],[0.75,0],[1,0],[1,0.25],[1,0.5],[1,0.75],"
            + "[1,1],[0.75,1],[0.5,1],[0.25,1],[0,1],[0,0.75],[0,0.5],[0,0.25]];";

    private final Catalog catalog;
    private final DrawioShapes shapes;

    public DrawioDiagram() {
        this(Catalog.standard());
    }

    public DrawioDiagram(Catalog catalog) {
        this.catalog = catalog;
        this.shapes = DrawioShapes.standard();
    }

    /** The cell id of a design element; prefixed by kind so a component and a group may share an id. */
    public static String componentCellId(String id) {
        return "component-" + id;
    }

    public static String groupCellId(String id) {
        return "group-" + id;
    }

    public static String noteCellId(String id) {
        return "note-" + id;
    }

    public static String connectionCellId(String id) {
        return "connection-" + id;
    }

    public String render(Architecture design) {
        DiagramScene scene = DiagramScene.of(design, catalog);
        Box bounds = scene.bounds();
        double dx = bounds == null ? MARGIN : MARGIN - bounds.x();
        double dy = bounds == null ? MARGIN : MARGIN - bounds.y();
        double pageW = bounds == null ? 320 : Math.ceil(bounds.w() + 2 * MARGIN);
        double pageH = bounds == null ? 120 : Math.ceil(bounds.h() + 2 * MARGIN);
        String name = design.name() == null || design.name().isBlank() ? "Diagram" : design.name();

        // Cell id and absolute box of every visible element, and the box its cell is drawn in (icons are smaller than cards).
        Map<String, String> cellIds = new HashMap<>();
        Map<String, Box> cellBoxes = new HashMap<>();
        for (DiagramScene.Frame f : scene.frames()) {
            cellIds.put(f.id(), groupCellId(f.id()));
            cellBoxes.put(f.id(), f.box());
        }
        for (DiagramScene.Card c : scene.cards()) {
            cellIds.put(c.id(), componentCellId(c.id()));
            cellBoxes.put(c.id(), iconBox(c.box()));
        }
        for (DiagramScene.NoteBox n : scene.notes()) {
            cellIds.put(n.id(), noteCellId(n.id()));
            cellBoxes.put(n.id(), n.box());
        }

        StringBuilder x = new StringBuilder(2048 + 700 * (scene.cards().size() + scene.routes().size()));
        x.append("<mxfile host=\"Patternboard\" agent=\"Patternboard\" type=\"device\">\n");
        x.append("  <diagram name=\"").append(Xml.attr(name)).append("\" id=\"patternboard\">\n");
        x.append("    <mxGraphModel dx=\"0\" dy=\"0\" grid=\"1\" gridSize=\"10\" guides=\"1\" tooltips=\"1\" connect=\"1\""
                + " arrows=\"1\" fold=\"1\" page=\"0\" pageScale=\"1\" pageWidth=\"").append(Xml.n(pageW))
                .append("\" pageHeight=\"").append(Xml.n(pageH)).append("\" math=\"0\" shadow=\"0\">\n");
        x.append("      <root>\n");
        x.append("        <mxCell id=\"0\"/>\n");
        x.append("        <mxCell id=\"1\" parent=\"0\"/>\n");
        for (DiagramScene.Frame f : scene.frames()) {
            String parent = frameParent(scene, f.group());
            vertex(x, groupCellId(f.id()), frameLabel(f), frameStyle(f), parent == null ? "1" : groupCellId(parent),
                    relative(f.box(), parent == null ? null : scene.box(parent), dx, dy));
        }
        for (DiagramScene.Card c : scene.cards()) {
            String parent = visibleFrame(scene, c.component().parent());
            vertex(x, componentCellId(c.id()), c.component().name() + "\n" + c.typeName(), componentStyle(c),
                    parent == null ? "1" : groupCellId(parent),
                    relative(iconBox(c.box()), parent == null ? null : scene.box(parent), dx, dy));
        }
        for (DiagramScene.NoteBox n : scene.notes()) {
            vertex(x, noteCellId(n.id()), Xml.html(n.note().text()),
                    "shape=note;size=12;whiteSpace=wrap;html=1;align=left;verticalAlign=top;spacing=10;fontSize=12;"
                            + "fillColor=#FFF3BF;strokeColor=#E5C65C;fontColor=#5C4813;",
                    "1", relative(n.box(), null, dx, dy));
        }
        for (DiagramScene.Route r : scene.routes()) {
            edge(x, scene, r, cellIds, cellBoxes, dx, dy);
        }
        x.append("      </root>\n");
        x.append("    </mxGraphModel>\n");
        x.append("  </diagram>\n");
        x.append("</mxfile>\n");
        return x.toString();
    }

    /** The square icon drawn for a card: centred in the card's box. */
    static Box iconBox(Box card) {
        double side = Math.min(ICON, Math.min(card.w(), card.h()));
        return new Box(card.centerX() - side / 2, card.centerY() - side / 2, side, side);
    }

    /** The nearest visible frame for a group id (itself), or null when it is not drawn. */
    private static String visibleFrame(DiagramScene scene, String groupId) {
        if (groupId == null || scene.box(groupId) == null || scene.isHidden(groupId)) {
            return null;
        }
        for (DiagramScene.Frame f : scene.frames()) {
            if (f.id().equals(groupId)) {
                return groupId;
            }
        }
        return null;
    }

    private static String frameParent(DiagramScene scene, Group g) {
        return g.parent() == null || g.parent().equals(g.id()) ? null : visibleFrame(scene, g.parent());
    }

    /** A box in the coordinates of its parent cell: mxGraph child geometry is relative to the parent's origin. */
    private static Box relative(Box b, Box parent, double dx, double dy) {
        if (parent == null) {
            return new Box(b.x() + dx, b.y() + dy, b.w(), b.h());
        }
        return new Box(b.x() - parent.x(), b.y() - parent.y(), b.w(), b.h());
    }

    private static String frameLabel(DiagramScene.Frame f) {
        String label = f.group().label() == null || f.group().label().isBlank() ? f.group().kind().id() : f.group().label();
        if (f.collapsed()) {
            label += "\n" + f.group().kind().id() + " \u00b7 " + f.contentCount() + " components (collapsed)";
        }
        return label;
    }

    private String frameStyle(DiagramScene.Frame f) {
        DrawioShapes.GroupStyle g = shapes.group(f.group().kind());
        StringBuilder s = new StringBuilder(GROUP_POINTS);
        s.append("outlineConnect=0;gradientColor=none;fontSize=12;fontStyle=1;container=1;pointerEvents=0;collapsible=0;"
                + "recursiveResize=0;shape=mxgraph.aws4.group;");
        if (g.grIcon() != null) {
            s.append("grIcon=").append(DrawioShapes.PREFIX).append(g.grIcon()).append(";spacingLeft=30;");
        } else {
            s.append("spacingLeft=10;");
        }
        s.append("strokeColor=").append(g.stroke()).append(";fillColor=").append(f.collapsed() ? "#FFFFFF" : g.fill())
                .append(";fontColor=").append(g.fontColor()).append(";dashed=").append(g.dashed() ? 1 : 0)
                .append(";verticalAlign=top;align=left;");
        return s.toString();
    }

    private String componentStyle(DiagramScene.Card c) {
        DrawioShapes.Icon icon = shapes.icon(c.component().type(), DiagramStyle.cloudFormationType(c));
        StringBuilder s = new StringBuilder("sketch=0;outlineConnect=0;fontColor=#232F3E;gradientColor=none;");
        if (icon.resourceIcon()) {
            s.append("fillColor=").append(shapes.color(c.category())).append(";strokeColor=#ffffff;");
        } else {
            s.append("fillColor=#232F3D;strokeColor=none;pointerEvents=1;");
        }
        s.append("dashed=0;verticalLabelPosition=bottom;verticalAlign=top;align=center;fontSize=12;fontStyle=0;aspect=fixed;");
        if (icon.resourceIcon()) {
            s.append("shape=mxgraph.aws4.resourceIcon;resIcon=").append(icon.qualifiedName()).append(';');
        } else {
            s.append("shape=").append(icon.qualifiedName()).append(';');
        }
        return s.toString();
    }

    private static void vertex(StringBuilder x, String id, String value, String style, String parent, Box b) {
        x.append("        <mxCell id=\"").append(Xml.attr(id)).append("\" value=\"").append(Xml.attr(value))
                .append("\" style=\"").append(Xml.attr(style)).append("\" vertex=\"1\" parent=\"").append(Xml.attr(parent))
                .append("\">\n");
        x.append("          <mxGeometry x=\"").append(Xml.n(b.x())).append("\" y=\"").append(Xml.n(b.y()))
                .append("\" width=\"").append(Xml.n(b.w())).append("\" height=\"").append(Xml.n(b.h()))
                .append("\" as=\"geometry\"/>\n");
        x.append("        </mxCell>\n");
    }

    /**
     * An edge in the top layer (so its points are absolute) with the route's ports as exit/entry constraints
     * and its bends as waypoints. Ports move with the element's drawn box (a card's icon is smaller than the card).
     */
    private static void edge(StringBuilder x, DiagramScene scene, DiagramScene.Route r, Map<String, String> cellIds,
            Map<String, Box> cellBoxes, double dx, double dy) {
        String from = scene.visibleFor(r.fromId());
        String to = scene.visibleFor(r.toId());
        if (!cellIds.containsKey(from) || !cellIds.containsKey(to)) {
            return;
        }
        double[] xs = r.xs().clone();
        double[] ys = r.ys().clone();
        int last = xs.length - 1;
        double[] exit = fraction(scene.box(from), xs[0], ys[0]);
        double[] entry = fraction(scene.box(to), xs[last], ys[last]);
        Box a = cellBoxes.get(from);
        Box b = cellBoxes.get(to);
        double[] start = {a.x() + exit[0] * a.w(), a.y() + exit[1] * a.h()};
        double[] end = {b.x() + entry[0] * b.w(), b.y() + entry[1] * b.h()};
        // Bends next to a moved port follow it along the segment they share, so the route stays orthogonal.
        if (last >= 2) {
            follow(xs, ys, 1, 0, start);
            follow(xs, ys, last - 1, last, end);
        }
        xs[0] = start[0];
        ys[0] = start[1];
        xs[last] = end[0];
        ys[last] = end[1];
        boolean dashed = !r.synchronous() || r.failure();
        StringBuilder style = new StringBuilder("edgeStyle=orthogonalEdgeStyle;rounded=0;orthogonalLoop=1;jettySize=auto;"
                + "html=1;endArrow=block;endFill=1;strokeWidth=1.5;fontSize=11;labelBackgroundColor=#FFFFFF;");
        style.append("strokeColor=").append(r.failure() ? "#D63341" : "#5C6773").append(";fontColor=")
                .append(r.failure() ? "#B42318" : "#344054").append(";dashed=").append(dashed ? 1 : 0).append(';');
        style.append("exitX=").append(Xml.n(exit[0], 4)).append(";exitY=").append(Xml.n(exit[1], 4))
                .append(";exitDx=0;exitDy=0;entryX=").append(Xml.n(entry[0], 4)).append(";entryY=").append(Xml.n(entry[1], 4))
                .append(";entryDx=0;entryDy=0;");
        x.append("        <mxCell id=\"").append(Xml.attr(connectionCellId(r.id()))).append("\" value=\"")
                .append(Xml.attr(r.connection().kind().id())).append("\" style=\"").append(Xml.attr(style.toString()))
                .append("\" edge=\"1\" parent=\"1\" source=\"").append(Xml.attr(cellIds.get(from))).append("\" target=\"")
                .append(Xml.attr(cellIds.get(to))).append("\">\n");
        if (last >= 2) {
            x.append("          <mxGeometry relative=\"1\" as=\"geometry\">\n");
            x.append("            <Array as=\"points\">\n");
            for (int i = 1; i < last; i++) {
                x.append("              <mxPoint x=\"").append(Xml.n(xs[i] + dx)).append("\" y=\"").append(Xml.n(ys[i] + dy))
                        .append("\"/>\n");
            }
            x.append("            </Array>\n");
            x.append("          </mxGeometry>\n");
        } else {
            x.append("          <mxGeometry relative=\"1\" as=\"geometry\"/>\n");
        }
        x.append("        </mxCell>\n");
    }

    /** Where a point on a box's border lies, as fractions of its width and height (mxGraph's port constraint). */
    private static double[] fraction(Box box, double px, double py) {
        double fx = box.w() == 0 ? 0.5 : (px - box.x()) / box.w();
        double fy = box.h() == 0 ? 0.5 : (py - box.y()) / box.h();
        return new double[] {clamp(fx), clamp(fy)};
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, Math.round(v * 10000) / 10000.0));
    }

    private static void follow(double[] xs, double[] ys, int bend, int port, double[] moved) {
        if (Math.abs(xs[bend] - xs[port]) < 0.5) {
            xs[bend] = moved[0];
        }
        if (Math.abs(ys[bend] - ys[port]) < 0.5) {
            ys[bend] = moved[1];
        }
    }
}
