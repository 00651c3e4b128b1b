package org.patternboard.exporters.svg;

import java.util.List;
import java.util.Locale;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.exporters.diagram.DiagramStyle;
import org.patternboard.exporters.diagram.TextFit;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;

/**
 * Draws a design as a standalone SVG document, headless (no JavaFX), with the same geometry, colours and
 * AWS Architecture Icons as the app's canvas (each icon once per document, see {@link SvgIcons}). The output is
 * deterministic: the same design gives the same bytes.
 */
public final class SvgDiagram {
    private static final double MARGIN = 32;
    private static final String FONT = "Inter, 'Segoe UI', Helvetica, Arial, sans-serif";

    private final Catalog catalog;
    private final DiagramStyle style;

    public SvgDiagram() {
        this(Catalog.standard());
    }

    public SvgDiagram(Catalog catalog) {
        this.catalog = catalog;
        this.style = DiagramStyle.standard();
    }

    public String render(Architecture design) {
        return render(design, true, SvgDecoration.NONE);
    }

    /**
     * The SVG document; without {@code background} it leaves out the white backdrop, so a transparent PNG
     * can be made from it. The default output keeps its bytes.
     */
    public String render(Architecture design, boolean background) {
        return render(design, background, SvgDecoration.NONE);
    }

    /** Draws the design with additions (the diff view); with {@link SvgDecoration#NONE}, the same bytes as above. */
    public String render(Architecture design, SvgDecoration decoration) {
        return render(design, true, decoration);
    }

    private String render(Architecture design, boolean background, SvgDecoration decoration) {
        DiagramScene scene = DiagramScene.of(design, catalog);
        Box bounds = decoration.bounds(scene.bounds());
        if (bounds == null) {
            bounds = new Box(0, 0, 320, 120);
        }
        double x0 = bounds.x() - MARGIN;
        double y0 = bounds.y() - MARGIN;
        double w = bounds.w() + 2 * MARGIN;
        double h = bounds.h() + 2 * MARGIN;
        StringBuilder svg = new StringBuilder(4096 + 1024 * scene.cards().size());
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"").append(n(w)).append("\" height=\"").append(n(h))
                .append("\" viewBox=\"").append(n(x0)).append(' ').append(n(y0)).append(' ').append(n(w)).append(' ')
                .append(n(h)).append("\" font-family=\"").append(FONT).append("\">\n");
        svg.append("  <title>").append(esc(design.name())).append("</title>\n");
        // orient="auto" (SVG 1.1), not SVG 2's auto-start-reverse: the markers only end lines, and Batik (PDF) reads 1.1
        svg.append("  <defs>\n")
                .append("    <marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">"
                        + "<path d=\"M0 0L10 5L0 10z\" fill=\"#5C6773\"/></marker>\n")
                .append("    <marker id=\"arrow-fail\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto\">"
                        + "<path d=\"M0 0L10 5L0 10z\" fill=\"#D63341\"/></marker>\n")
                .append(decoration.defs());
        // The icons' symbols go here once every card (the decoration's too) has been drawn.
        int symbols = svg.length();
        svg.append("  </defs>\n");
        SvgIcons icons = new SvgIcons();
        if (background) {
            svg.append("  <rect x=\"").append(n(x0)).append("\" y=\"").append(n(y0)).append("\" width=\"").append(n(w))
                    .append("\" height=\"").append(n(h)).append("\" fill=\"#FFFFFF\"/>\n");
        }
        for (DiagramScene.Frame f : scene.frames()) {
            frame(svg, f, decoration);
        }
        for (DiagramScene.Route r : scene.routes()) {
            route(svg, r, decoration);
        }
        for (DiagramScene.Card c : scene.cards()) {
            card(svg, icons, c, decoration);
        }
        for (DiagramScene.NoteBox note : scene.notes()) {
            note(svg, note, decoration);
        }
        decoration.above(new Painter(svg, icons, decoration), scene);
        svg.append("</svg>\n");
        svg.insert(symbols, icons.symbols());
        return svg.toString();
    }

    /**
     * Lets a decoration draw elements the way this diagram does (a diff's ghosts of removed components), and
     * write its own markup, into the same document.
     */
    public final class Painter {
        private final StringBuilder svg;
        private final SvgIcons icons;
        private final SvgDecoration decoration;

        private Painter(StringBuilder svg, SvgIcons icons, SvgDecoration decoration) {
            this.svg = svg;
            this.icons = icons;
            this.decoration = decoration;
        }

        public Painter frame(DiagramScene.Frame f) {
            SvgDiagram.this.frame(svg, f, decoration);
            return this;
        }

        public Painter route(DiagramScene.Route r) {
            SvgDiagram.this.route(svg, r, decoration);
            return this;
        }

        public Painter card(DiagramScene.Card c) {
            SvgDiagram.this.card(svg, icons, c, decoration);
            return this;
        }

        public Painter note(DiagramScene.NoteBox n) {
            SvgDiagram.this.note(svg, n, decoration);
            return this;
        }

        /** Markup written as given: the caller escapes text with {@link SvgDiagram#escape}. */
        public Painter raw(String markup) {
            svg.append(markup);
            return this;
        }

        public Painter text(double x, double y, double size, boolean bold, String fill, String text) {
            SvgDiagram.text(svg, x, y, size, bold, fill, text);
            return this;
        }
    }

    /** The element's class attribute value: its kind, plus what the decoration adds. */
    private static String classes(String kind, String id, SvgDecoration decoration) {
        String extra = decoration.classOf(id);
        return extra == null ? kind : kind + " " + extra;
    }

    private void frame(StringBuilder svg, DiagramScene.Frame f, SvgDecoration decoration) {
        Box b = f.box();
        String color = DiagramStyle.groupColor(f.group().kind());
        svg.append("  <g class=\"").append(classes("frame", f.id(), decoration)).append("\" data-id=\"").append(esc(f.id())).append("\">\n");
        if (f.collapsed()) {
            svg.append("    <rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                    .append(n(b.w())).append("\" height=\"").append(n(b.h())).append("\" rx=\"10\" fill=\"#FFFFFF\" stroke=\"")
                    .append(color).append("\" stroke-width=\"2\"/>\n");
            text(svg, b.x() + 14, b.y() + 27, 13, true, color, TextFit.fit(f.group().label(), b.w() - 28, 13, true));
            text(svg, b.x() + 14, b.y() + 47, 11, false, "#667085",
                    f.group().kind().id() + " \u00b7 " + f.contentCount() + " components (collapsed)");
        } else {
            svg.append("    <rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                    .append(n(b.w())).append("\" height=\"").append(n(b.h())).append("\" rx=\"10\" fill=\"").append(color)
                    .append("\" fill-opacity=\"0.05\" stroke=\"").append(color).append("\" stroke-width=\"1.5\" stroke-dasharray=\"7 5\"/>\n");
            String label = TextFit.fit(f.group().label().isBlank() ? f.group().kind().id() : f.group().label(),
                    b.w() - 120, 13, true);
            text(svg, b.x() + 14, b.y() + 20, 13, true, color, label);
            String kind = f.group().kind().id();
            double kx = b.x() + 14 + TextFit.width(label, 13, true) + 10;
            double kw = TextFit.width(kind, 10, false) + 12;
            svg.append("    <rect x=\"").append(n(kx)).append("\" y=\"").append(n(b.y() + 8)).append("\" width=\"")
                    .append(n(kw)).append("\" height=\"16\" rx=\"8\" fill=\"").append(color).append("\" fill-opacity=\"0.14\"/>\n");
            text(svg, kx + 6, b.y() + 19.5, 10, false, color, kind);
        }
        svg.append("  </g>\n");
    }

    private void route(StringBuilder svg, DiagramScene.Route r, SvgDecoration decoration) {
        String color = r.failure() ? "#D63341" : "#5C6773";
        svg.append("  <g class=\"").append(classes("connection", r.id(), decoration)).append("\" data-id=\"").append(esc(r.id())).append("\" data-kind=\"")
                .append(r.connection().kind().id()).append("\">\n");
        svg.append("    <path d=\"");
        double[] xs = r.xs();
        double[] ys = r.ys();
        for (int i = 0; i < xs.length; i++) {
            svg.append(i == 0 ? "M" : "L").append(n(xs[i])).append(' ').append(n(ys[i]));
        }
        svg.append("\" fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"1.6\"");
        if (!r.synchronous() || r.failure()) {
            svg.append(" stroke-dasharray=\"6 4\"");
        }
        svg.append(" marker-end=\"url(#").append(r.failure() ? "arrow-fail" : "arrow").append(")\"/>\n");
        String label = r.connection().kind().id();
        double lw = TextFit.width(label, 11, false) + 12;
        svg.append("    <rect x=\"").append(n(r.labelX() - lw / 2)).append("\" y=\"").append(n(r.labelY() - 9))
                .append("\" width=\"").append(n(lw)).append("\" height=\"18\" rx=\"9\" fill=\"#FFFFFF\" stroke=\"#D0D5DD\"/>\n");
        svg.append("    <text x=\"").append(n(r.labelX())).append("\" y=\"").append(n(r.labelY() + 4))
                .append("\" font-size=\"11\" text-anchor=\"middle\" fill=\"").append(r.failure() ? "#B42318" : "#344054")
                .append("\">").append(esc(label)).append("</text>\n");
        svg.append("  </g>\n");
    }

    private void card(StringBuilder svg, SvgIcons icons, DiagramScene.Card c, SvgDecoration decoration) {
        Box b = c.box();
        svg.append("  <g class=\"").append(classes("component", c.id(), decoration)).append("\" data-id=\"").append(esc(c.id())).append("\" data-type=\"")
                .append(esc(c.component().type())).append("\">\n");
        if (c.nameCut()) {
            // Cut short on the card: SVG viewers and browsers show the whole name on hover.
            svg.append("    <title>").append(esc(c.component().name())).append("</title>\n");
        }
        svg.append("    <rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y() + 1.5)).append("\" width=\"")
                .append(n(b.w())).append("\" height=\"").append(n(b.h())).append("\" rx=\"8\" fill=\"#101828\" fill-opacity=\"0.06\"/>\n");
        svg.append("    <rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                .append(n(b.w())).append("\" height=\"").append(n(b.h())).append("\" rx=\"8\" fill=\"#FFFFFF\" stroke=\"#CDD3DB\"/>\n");
        double badge = Math.min(40, b.h() - 16);
        double bx = b.x() + 12;
        double by = b.y() + (b.h() - badge) / 2;
        svg.append(icons.use(style.icon(c), bx, by, badge));
        double tx = bx + badge + 12;
        double textWidth = b.maxX() - tx - 10;
        double mid = b.y() + b.h() / 2;
        List<String> name = c.nameLines();
        double top = name.size() == 1 ? mid - 3 : mid - 10;
        for (int i = 0; i < name.size(); i++) {
            text(svg, tx, top + 15 * i, 13, true, "#1D2939", name.get(i));
        }
        text(svg, tx, top + 15 * (name.size() - 1) + 17, 11, false, "#667085", TextFit.fit(c.typeName(), textWidth, 11, false));

        svg.append("  </g>\n");
    }

    private void note(StringBuilder svg, DiagramScene.NoteBox note, SvgDecoration decoration) {
        Box b = note.box();
        svg.append("  <g class=\"").append(classes("note", note.id(), decoration)).append("\" data-id=\"").append(esc(note.id())).append("\">\n");
        svg.append("    <rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                .append(n(b.w())).append("\" height=\"").append(n(b.h())).append("\" rx=\"4\" fill=\"#FFF3BF\" stroke=\"#E5C65C\"/>\n");
        double y = b.y() + DiagramScene.NOTE_PADDING + 12;
        for (String line : note.lines()) {
            text(svg, b.x() + DiagramScene.NOTE_PADDING, y, 12, false, "#5C4813", line);
            y += DiagramScene.NOTE_LINE;
        }
        svg.append("  </g>\n");
    }

    private static void text(StringBuilder svg, double x, double y, double size, boolean bold, String fill, String text) {
        svg.append("    <text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" font-size=\"").append(n(size))
                .append('"');
        if (bold) {
            svg.append(" font-weight=\"600\"");
        }
        svg.append(" fill=\"").append(fill).append("\">").append(esc(text)).append("</text>\n");
    }

    /** A number written the way this diagram writes them (for decorations). */
    public static String number(double v) {
        return n(v);
    }

    /** Text escaped for SVG content and attribute values (for decorations). */
    public static String escape(String s) {
        return esc(s);
    }

    /** Numbers with at most two decimals, no trailing zeros, locale-independent. */
    static String n(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(Locale.ROOT, "%.2f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    static String esc(String s) {
        return org.patternboard.exporters.xml.XmlText.esc(s);
    }
}
