package org.patternboard.app.canvas;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.exporters.diagram.DiagramScene.Card;
import org.patternboard.exporters.diagram.DiagramScene.Frame;
import org.patternboard.exporters.diagram.DiagramScene.NoteBox;
import org.patternboard.exporters.diagram.DiagramScene.Route;
import org.patternboard.exporters.diagram.DiagramStyle;
import org.patternboard.exporters.diagram.TextFit;
import org.patternboard.model.rules.Severity;

/**
 * Paints a scene on a canvas: only what intersects the view (spatial index), with less detail when zoomed
 * far out. Everything is drawn in world coordinates under the viewport transform, with the geometry, colours
 * and AWS icons of the SVG export (icons as cached images, see {@link IconImages}).
 */
final class CanvasRenderer {
    static final double HANDLE_RADIUS = 7;
    private static final double TEXT_MIN_SCALE = 0.3;
    private static final double GLYPH_MIN_SCALE = 0.25;
    /** Below this zoom a card's own 13 px name is too small: it shows its icon and name at a size that reads. */
    private static final double FULL_DETAIL_SCALE = 0.55;

    /** What the canvas draws at a zoom (semantic zoom, issue 18). */
    enum Detail {
        /** cards with name and type, frames with title and kind, connection labels */
        FULL,
        /** cards as icon plus name (drawn at a size that reads on screen), frame titles, no connection labels */
        ICON_AND_NAME,
        /** coloured tiles and the frames' titles alone */
        TITLES
    }

    static Detail detail(double scale) {
        return scale >= FULL_DETAIL_SCALE ? Detail.FULL : scale >= TEXT_MIN_SCALE ? Detail.ICON_AND_NAME : Detail.TITLES;
    }
    private static final double GRID = 20;

    private final Font nameFont = Font.font("System", FontWeight.BOLD, 13);
    private final Font typeFont = Font.font("System", FontWeight.NORMAL, 11);
    private final Font frameFont = Font.font("System", FontWeight.BOLD, 13);
    private final Font smallFont = Font.font("System", FontWeight.NORMAL, 10);
    private final Font labelFont = Font.font("System", FontWeight.NORMAL, 11);
    private final Font noteFont = Font.font("System", FontWeight.NORMAL, 12);
    private final Font badgeFont = Font.font("System", FontWeight.BOLD, 10);
    private final DiagramStyle style = DiagramStyle.standard();
    private final IconImages icons = new IconImages();

    /** Counts of what the last frame drew (the benchmark reports them). */
    int lastCards;
    int lastRoutes;

    record State(Viewport viewport, SceneIndex index, Set<String> selection, String hover,
            Map<String, Badge> badges, Overlay overlay, CanvasColors colors, boolean grid) {
    }

    void draw(GraphicsContext gc, double width, double height, State s) {
        CanvasColors c = s.colors();
        Viewport v = s.viewport();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(c.background());
        gc.fillRect(0, 0, width, height);
        Box view = v.visibleWorld(width, height);
        if (s.grid()) {
            drawGrid(gc, v, width, height, c);
        }
        gc.setTransform(v.scale(), 0, 0, v.scale(), v.tx(), v.ty());
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setTextBaseline(VPos.BASELINE);
        gc.setTextAlign(TextAlignment.LEFT);
        double scale = v.scale();
        boolean text = scale >= TEXT_MIN_SCALE;
        boolean full = detail(scale) == Detail.FULL;
        for (Frame f : s.index().frames.query(view)) {
            drawFrame(gc, f, s, full);
        }
        List<Route> routes = s.index().routes.query(view);
        for (Route r : routes) {
            drawRoute(gc, r, s, full);
        }
        List<Card> cards = s.index().cards.query(view);
        boolean compact = detail(scale) == Detail.ICON_AND_NAME;
        for (Card card : cards) {
            if (compact) {
                drawCompactCard(gc, card, s);
            } else {
                drawCard(gc, card, s, text, scale >= GLYPH_MIN_SCALE);
            }
        }
        for (NoteBox n : s.index().notes.query(view)) {
            drawNote(gc, n, s, text);
        }
        drawOverlay(gc, s);
        lastCards = cards.size();
        lastRoutes = routes.size();
        gc.setTransform(1, 0, 0, 1, 0, 0);
    }

    private void drawGrid(GraphicsContext gc, Viewport v, double width, double height, CanvasColors c) {
        double step = GRID * v.scale();
        while (step < 12) {
            step *= 5;
        }
        double major = step * 5;
        gc.setLineWidth(1);
        double ox = v.tx() % step;
        double oy = v.ty() % step;
        gc.setStroke(c.gridMinor());
        for (double x = ox; x < width; x += step) {
            gc.strokeLine(Math.floor(x) + 0.5, 0, Math.floor(x) + 0.5, height);
        }
        for (double y = oy; y < height; y += step) {
            gc.strokeLine(0, Math.floor(y) + 0.5, width, Math.floor(y) + 0.5);
        }
        gc.setStroke(c.gridMajor());
        double mx = v.tx() % major;
        double my = v.ty() % major;
        for (double x = mx; x < width; x += major) {
            gc.strokeLine(Math.floor(x) + 0.5, 0, Math.floor(x) + 0.5, height);
        }
        for (double y = my; y < height; y += major) {
            gc.strokeLine(0, Math.floor(y) + 0.5, width, Math.floor(y) + 0.5);
        }
    }

    /** Zoomed out, a frame's title is what is left to read: 14 screen pixels, whatever the zoom. */
    private static void frameTitle(GraphicsContext gc, Frame f, State s, Color color) {
        Box b = f.box();
        double px = 1 / s.viewport().scale();
        double size = 14 * px;
        String label = f.group().label().isBlank() ? f.group().kind().id() : f.group().label();
        gc.setFill(color);
        gc.setFont(Font.font("System", FontWeight.BOLD, size));
        gc.fillText(TextFit.fit(label, b.w() - 28 * px, size, true), b.x() + 14 * px, b.y() + size * 1.2);
    }

    private void drawFrame(GraphicsContext gc, Frame f, State s, boolean text) {
        CanvasColors c = s.colors();
        Box b = f.box();
        Color color = Color.web(DiagramStyle.groupColor(f.group().kind()));
        boolean selected = s.selection().contains(f.id());
        boolean hover = f.id().equals(s.hover());
        double px = 1 / s.viewport().scale();
        if (f.collapsed()) {
            gc.setFill(c.cardShadow());
            gc.fillRoundRect(b.x(), b.y() + 2, b.w(), b.h(), 20, 20);
            gc.setFill(c.cardFill());
            gc.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 20, 20);
            gc.setStroke(selected ? c.accent() : color);
            gc.setLineWidth(selected ? 2.5 * Math.max(1, px) : 2);
            gc.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 20, 20);
            if (text) {
                gc.setFill(color);
                gc.setFont(frameFont);
                gc.fillText(TextFit.fit(f.group().label(), b.w() - 50, 13, true), b.x() + 14, b.y() + 27);
                gc.setFill(c.textMuted());
                gc.setFont(typeFont);
                gc.fillText(f.group().kind().id() + " \u00b7 " + f.contentCount() + " components", b.x() + 14, b.y() + 47);
                drawChevron(gc, SceneIndex.toggleBox(f), false, color);
            } else {
                frameTitle(gc, f, s, color);
            }
            return;
        }
        gc.setFill(color.deriveColor(0, 1, 1, 0.05));
        gc.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 20, 20);
        gc.setFill(color.deriveColor(0, 1, 1, hover || selected ? 0.16 : 0.1));
        gc.fillRoundRect(b.x(), b.y(), b.w(), DiagramScene.FRAME_HEADER, 20, 20);
        gc.fillRect(b.x(), b.y() + 10, b.w(), DiagramScene.FRAME_HEADER - 10);
        gc.setStroke(selected ? c.accent() : color);
        gc.setLineWidth(selected ? 2 * Math.max(1, px) : 1.5);
        if (!selected) {
            gc.setLineDashes(7, 5);
        }
        gc.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 20, 20);
        gc.setLineDashes((double[]) null);
        if (!text) {
            frameTitle(gc, f, s, color);
        }
        if (text) {
            String label = f.group().label().isBlank() ? f.group().kind().id() : f.group().label();
            label = TextFit.fit(label, b.w() - 140, 13, true);
            gc.setFill(color);
            gc.setFont(frameFont);
            gc.fillText(label, b.x() + 14, b.y() + 20);
            String kind = f.group().kind().id();
            double kx = b.x() + 14 + TextFit.width(label, 13, true) + 10;
            double kw = TextFit.width(kind, 10, false) + 12;
            gc.setFill(color.deriveColor(0, 1, 1, 0.16));
            gc.fillRoundRect(kx, b.y() + 7, kw, 16, 16, 16);
            gc.setFill(color);
            gc.setFont(smallFont);
            gc.fillText(kind, kx + 6, b.y() + 18.5);
            drawChevron(gc, SceneIndex.toggleBox(f), true, color);
        }
        if (selected) {
            Box r = SceneIndex.resizeBox(f);
            gc.setFill(c.accent());
            gc.fillRoundRect(r.x(), r.y(), r.w(), r.h(), 4, 4);
        }
    }

    private static void drawChevron(GraphicsContext gc, Box t, boolean expanded, Color color) {
        gc.setFill(color.deriveColor(0, 1, 1, 0.14));
        gc.fillRoundRect(t.x(), t.y(), t.w(), t.h(), 6, 6);
        gc.setStroke(color);
        gc.setLineWidth(1.8);
        double cx = t.centerX();
        double cy = t.centerY();
        gc.beginPath();
        if (expanded) {
            gc.moveTo(cx - 4, cy - 2);
            gc.lineTo(cx, cy + 2);
            gc.lineTo(cx + 4, cy - 2);
        } else {
            gc.moveTo(cx - 2, cy - 4);
            gc.lineTo(cx + 2, cy);
            gc.lineTo(cx - 2, cy + 4);
        }
        gc.stroke();
    }

    private void drawRoute(GraphicsContext gc, Route r, State s, boolean text) {
        CanvasColors c = s.colors();
        boolean selected = s.selection().contains(r.id());
        boolean hover = r.id().equals(s.hover());
        Color color = selected ? c.accent() : r.failure() ? c.danger() : c.connection();
        double[] xs = r.xs();
        double[] ys = r.ys();
        int n = xs.length;
        // Stop the line at the arrow's base so it does not poke through the tip.
        double ax = xs[n - 1];
        double ay = ys[n - 1];
        double dx = ax - xs[n - 2];
        double dy = ay - ys[n - 2];
        double len = Math.max(1e-6, Math.hypot(dx, dy));
        double ux = dx / len;
        double uy = dy / len;
        double arrow = 9;
        gc.setStroke(color);
        gc.setLineWidth(selected || hover ? 2.4 : 1.6);
        if (!r.synchronous() || r.failure()) {
            gc.setLineDashes(6, 4);
        }
        gc.beginPath();
        gc.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n - 1; i++) {
            double radius = Math.min(8, Math.min(segment(xs, ys, i - 1), segment(xs, ys, i)) / 2);
            gc.arcTo(xs[i], ys[i], xs[i + 1], ys[i + 1], radius);
        }
        gc.lineTo(ax - ux * arrow * 0.8, ay - uy * arrow * 0.8);
        gc.stroke();
        gc.setLineDashes((double[]) null);
        gc.setFill(color);
        gc.beginPath();
        gc.moveTo(ax, ay);
        gc.lineTo(ax - ux * arrow - uy * arrow * 0.5, ay - uy * arrow + ux * arrow * 0.5);
        gc.lineTo(ax - ux * arrow + uy * arrow * 0.5, ay - uy * arrow - ux * arrow * 0.5);
        gc.closePath();
        gc.fill();
        if (text) {
            String label = r.connection().kind().id();
            double lw = TextFit.width(label, 11, false) + 12;
            gc.setFill(selected ? c.accentMuted() : c.labelFill());
            gc.fillRoundRect(r.labelX() - lw / 2, r.labelY() - 9, lw, 18, 18, 18);
            gc.setStroke(selected ? c.accent() : c.labelBorder());
            gc.setLineWidth(1);
            gc.strokeRoundRect(r.labelX() - lw / 2, r.labelY() - 9, lw, 18, 18, 18);
            gc.setFill(r.failure() ? c.danger() : selected ? c.accent() : c.text());
            gc.setFont(labelFont);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(label, r.labelX(), r.labelY() + 4);
            gc.setTextAlign(TextAlignment.LEFT);
        }
    }

    /** Device pixels per canvas pixel (2 on a HiDPI screen), so icons are painted at the resolution they are seen. */
    private static double deviceScale(GraphicsContext gc) {
        var scene = gc.getCanvas().getScene();
        return scene == null || scene.getWindow() == null ? 1 : scene.getWindow().getOutputScaleX();
    }

    private static double segment(double[] xs, double[] ys, int i) {
        return Math.abs(xs[i + 1] - xs[i]) + Math.abs(ys[i + 1] - ys[i]);
    }

    /** Zoomed out: the icon and the name in 12 screen pixels, fitted to the card; the type line is dropped. */
    private void drawCompactCard(GraphicsContext gc, Card card, State s) {
        CanvasColors c = s.colors();
        Box b = card.box();
        double scale = s.viewport().scale();
        boolean selected = s.selection().contains(card.id());
        gc.setFill(c.cardFill());
        gc.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 16, 16);
        gc.setStroke(selected ? c.accent() : c.category(card.category()));
        gc.setLineWidth(2 / scale);
        gc.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 16, 16);
        double badge = card.badge();
        double by = b.y() + (b.h() - badge) / 2;
        gc.drawImage(icons.image(style.icon(card), badge * scale * deviceScale(gc)), b.x() + 12, by, badge, badge);
        double size = 12 / scale;
        gc.setFill(c.text());
        gc.setFont(Font.font("System", FontWeight.BOLD, size));
        double room = b.maxX() - (b.x() + 12 + badge + 8) - 6;
        gc.fillText(TextFit.fit(card.component().name(), room, size, true), b.x() + 12 + badge + 8, b.y() + b.h() / 2 + size / 3);
    }

    private void drawCard(GraphicsContext gc, Card card, State s, boolean text, boolean glyph) {
        CanvasColors c = s.colors();
        Box b = card.box();
        Color cat = c.category(card.category());
        boolean selected = s.selection().contains(card.id());
        boolean hover = card.id().equals(s.hover());
        boolean target = s.overlay().connectFrom != null && card.id().equals(s.overlay().connectTarget);
        double px = 1 / s.viewport().scale();
        if (!text) {
            // Far out: a coloured tile is all the eye can use, and it is cheap.
            gc.setFill(selected ? c.accent() : cat.deriveColor(0, 0.9, 1, 0.85));
            gc.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 12, 12);
            if (glyph) {
                gc.setFill(c.cardFill());
                gc.fillRoundRect(b.x() + 12, b.y() + (b.h() - 40) / 2, 40, 40, 10, 10);
            }
            return;
        }
        gc.setFill(c.cardShadow());
        gc.fillRoundRect(b.x(), b.y() + 2, b.w(), b.h(), 16, 16);
        gc.setFill(c.cardFill());
        gc.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 16, 16);
        if (selected || hover || target) {
            Color outline = target ? (s.overlay().connectLegal ? c.ok() : c.danger()) : selected ? c.accent() : cat;
            gc.setStroke(outline);
            gc.setLineWidth(Math.max(2, 2 * px));
            gc.strokeRoundRect(b.x() - 1, b.y() - 1, b.w() + 2, b.h() + 2, 18, 18);
        } else {
            gc.setStroke(c.cardBorder());
            gc.setLineWidth(Math.max(1, px));
            gc.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 16, 16);
        }
        double badge = Math.min(40, b.h() - 16);
        double bx = b.x() + 12;
        double by = b.y() + (b.h() - badge) / 2;
        if (glyph) {
            gc.drawImage(icons.image(style.icon(card), badge * s.viewport().scale() * deviceScale(gc)), bx, by, badge, badge);
        } else {
            gc.setFill(cat);
            gc.fillRect(bx, by, badge, badge);
        }
        double tx = bx + badge + 12;
        double textWidth = b.maxX() - tx - 10;
        double mid = b.y() + b.h() / 2;
        gc.setFill(c.text());
        gc.setFont(nameFont);
        java.util.List<String> name = card.nameLines();
        double top = name.size() == 1 ? mid - 3 : mid - 10;
        for (int i = 0; i < name.size(); i++) {
            gc.fillText(name.get(i), tx, top + 15 * i);
        }
        gc.setFill(c.textMuted());
        gc.setFont(typeFont);
        gc.fillText(TextFit.fit(card.typeName(), textWidth, 11, false), tx, top + 15 * (name.size() - 1) + 17);
        Badge findings = s.badges().get(card.id());
        if (findings != null) {
            Color sev = findings.worst() == Severity.ERROR ? c.error() : findings.worst() == Severity.WARNING ? c.warning() : c.info();
            String count = Integer.toString(findings.count());
            double w = Math.max(18, TextFit.width(count, 10, true) + 10);
            double x = b.maxX() - w / 2 - 4;
            double y = b.y() - 4;
            gc.setFill(sev);
            gc.fillRoundRect(x - w / 2, y - 9, w, 18, 18, 18);
            gc.setStroke(c.cardFill());
            gc.setLineWidth(1.5);
            gc.strokeRoundRect(x - w / 2, y - 9, w, 18, 18, 18);
            gc.setFill(Color.WHITE);
            gc.setFont(badgeFont);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(count, x, y + 3.5);
            gc.setTextAlign(TextAlignment.LEFT);
        }
        if ((hover || (selected && s.selection().size() == 1)) && s.overlay().connectFrom == null) {
            drawHandle(gc, b, c);
        }
    }

    private static void drawHandle(GraphicsContext gc, Box b, CanvasColors c) {
        double hx = b.maxX();
        double hy = b.centerY();
        gc.setFill(c.accent());
        gc.fillOval(hx - HANDLE_RADIUS, hy - HANDLE_RADIUS, 2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(1.6);
        gc.strokeLine(hx - 3, hy, hx + 3, hy);
        gc.strokeLine(hx, hy - 3, hx, hy + 3);
    }

    private void drawNote(GraphicsContext gc, NoteBox n, State s, boolean text) {
        CanvasColors c = s.colors();
        Box b = n.box();
        boolean selected = s.selection().contains(n.id());
        gc.setFill(c.cardShadow());
        gc.fillRoundRect(b.x(), b.y() + 2, b.w(), b.h(), 8, 8);
        gc.setFill(c.noteFill());
        gc.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 8, 8);
        gc.setStroke(selected ? c.accent() : c.noteBorder());
        gc.setLineWidth(selected ? 2 : 1);
        gc.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 8, 8);
        if (text) {
            gc.setFill(c.noteText());
            gc.setFont(noteFont);
            double y = b.y() + DiagramScene.NOTE_PADDING + 12;
            for (String line : n.lines()) {
                gc.fillText(line, b.x() + DiagramScene.NOTE_PADDING, y);
                y += DiagramScene.NOTE_LINE;
            }
        }
    }

    private void drawOverlay(GraphicsContext gc, State s) {
        Overlay o = s.overlay();
        CanvasColors c = s.colors();
        double px = 1 / s.viewport().scale();
        if (o.marquee != null) {
            Box m = o.marquee;
            gc.setFill(c.accent().deriveColor(0, 1, 1, 0.08));
            gc.fillRect(m.x(), m.y(), m.w(), m.h());
            gc.setStroke(c.accent());
            gc.setLineWidth(px);
            gc.setLineDashes(4 * px, 3 * px);
            gc.strokeRect(m.x(), m.y(), m.w(), m.h());
            gc.setLineDashes((double[]) null);
        }
        if (o.connectFrom != null) {
            Card from = s.index().cardById.get(o.connectFrom);
            if (from != null) {
                Color color = o.connectTarget == null ? c.accent() : o.connectLegal ? c.ok() : c.danger();
                gc.setStroke(color);
                gc.setLineWidth(2 * Math.max(1, px));
                gc.setLineDashes(6, 4);
                gc.strokeLine(from.box().maxX(), from.box().centerY(), o.connectX, o.connectY);
                gc.setLineDashes((double[]) null);
                gc.setFill(color);
                gc.fillOval(o.connectX - 4, o.connectY - 4, 8, 8);
                if (o.connectHint != null) {
                    drawTip(gc, o.connectX + 12, o.connectY + 20, o.connectHint, color, c);
                }
            }
        }
        drawDiff(gc, s, px);
        drawHeat(gc, s, px);
        if (o.dropGhost != null) {
            Box g = o.dropGhost;
            gc.setFill(c.accent().deriveColor(0, 1, 1, 0.10));
            gc.fillRoundRect(g.x(), g.y(), g.w(), g.h(), 16, 16);
            gc.setStroke(c.accent());
            gc.setLineWidth(1.5 * Math.max(1, px));
            gc.setLineDashes(6, 4);
            gc.strokeRoundRect(g.x(), g.y(), g.w(), g.h(), 16, 16);
            gc.setLineDashes((double[]) null);
            if (o.dropLabel != null) {
                gc.setFill(c.accent());
                gc.setFont(nameFont);
                gc.fillText(TextFit.fit(o.dropLabel, g.w() - 20, 13, true), g.x() + 12, g.y() + 24);
            }
        }
    }

    /** Cost heat: a wash from amber (cheap) to red (the most expensive card) and the card's monthly figure. */
    private void drawHeat(GraphicsContext gc, State s, double px) {
        Overlay o = s.overlay();
        if (o.heat.isEmpty()) {
            return;
        }
        CanvasColors c = s.colors();
        gc.setLineWidth(3 * Math.max(1, px));
        for (java.util.Map.Entry<String, Double> e : o.heat.entrySet()) {
            Box b = s.index().scene.box(e.getKey());
            if (b == null) {
                continue;
            }
            double share = Math.max(0, Math.min(1, e.getValue()));
            Color color = Color.hsb(45 - 45 * share, 0.85, 0.95);
            gc.setFill(color.deriveColor(0, 1, 1, 0.12 + 0.28 * share));
            gc.fillRoundRect(b.x() - 4, b.y() - 4, b.w() + 8, b.h() + 8, 20, 20);
            gc.setStroke(color);
            gc.strokeRoundRect(b.x() - 4, b.y() - 4, b.w() + 8, b.h() + 8, 20, 20);
            String label = o.heatLabels.get(e.getKey());
            if (label != null) {
                drawTip(gc, b.x() + 6, b.maxY() + 14, label, color, c);
            }
        }
    }

    /** A comparison: additions outlined green, changes amber, removed elements as red dashed ghosts. */
    private void drawDiff(GraphicsContext gc, State s, double px) {
        Overlay o = s.overlay();
        if (o.diffMarks.isEmpty() && o.diffRemoved.isEmpty()) {
            return;
        }
        CanvasColors c = s.colors();
        gc.setLineWidth(3 * Math.max(1, px));
        for (java.util.Map.Entry<String, String> e : o.diffMarks.entrySet()) {
            Box b = s.index().scene.box(e.getKey());
            if (b == null) {
                continue;
            }
            Color color = "added".equals(e.getValue()) ? c.ok() : c.warning();
            gc.setFill(color.deriveColor(0, 1, 1, 0.10));
            gc.fillRoundRect(b.x() - 4, b.y() - 4, b.w() + 8, b.h() + 8, 20, 20);
            gc.setStroke(color);
            gc.strokeRoundRect(b.x() - 4, b.y() - 4, b.w() + 8, b.h() + 8, 20, 20);
        }
        gc.setLineWidth(2 * Math.max(1, px));
        gc.setLineDashes(6, 4);
        for (Box b : o.diffRemoved) {
            gc.setFill(c.danger().deriveColor(0, 1, 1, 0.08));
            gc.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 16, 16);
            gc.setStroke(c.danger().deriveColor(0, 1, 1, 0.7));
            gc.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 16, 16);
        }
        gc.setLineDashes((double[]) null);
    }

    private void drawTip(GraphicsContext gc, double x, double y, String text, Color color, CanvasColors c) {
        String t = TextFit.fit(text, 420, 11, false);
        double w = TextFit.width(t, 11, false) + 16;
        gc.setFill(c.cardFill());
        gc.fillRoundRect(x, y - 13, w, 22, 8, 8);
        gc.setStroke(color);
        gc.setLineWidth(1);
        gc.strokeRoundRect(x, y - 13, w, 22, 8, 8);
        gc.setFill(c.text());
        gc.setFont(labelFont);
        gc.fillText(t, x + 8, y + 2);
    }
}
