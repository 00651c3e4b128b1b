package org.patternboard.app.canvas;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.exporters.diagram.DiagramScene.Card;
import org.patternboard.exporters.diagram.DiagramScene.Frame;
import org.patternboard.exporters.diagram.DiagramScene.NoteBox;
import org.patternboard.exporters.diagram.DiagramScene.Route;

/** A {@link DiagramScene} with spatial indexes for culling and hit testing; rebuilt when the design changes. */
final class SceneIndex {
    /** What is under the pointer. */
    enum HitKind { CARD, NOTE, ROUTE, FRAME_HEADER, FRAME_TOGGLE, FRAME_RESIZE, COLLAPSED_FRAME }

    record Hit(HitKind kind, String id) {
    }

    static final double TOGGLE_SIZE = 18;
    static final double RESIZE_HANDLE = 12;

    final DiagramScene scene;
    final SpatialIndex<Frame> frames = new SpatialIndex<>();
    final SpatialIndex<Card> cards = new SpatialIndex<>();
    final SpatialIndex<NoteBox> notes = new SpatialIndex<>();
    final SpatialIndex<Route> routes = new SpatialIndex<>();
    final Map<String, Card> cardById = new HashMap<>();
    final Map<String, Frame> frameById = new HashMap<>();

    SceneIndex(DiagramScene scene) {
        this.scene = scene;
        for (Frame f : scene.frames()) {
            frames.add(f, f.box());
            frameById.put(f.id(), f);
        }
        for (Card c : scene.cards()) {
            cards.add(c, c.box());
            cardById.put(c.id(), c);
        }
        for (NoteBox n : scene.notes()) {
            notes.add(n, n.box());
        }
        for (Route r : scene.routes()) {
            routes.add(r, r.bounds());
        }
    }

    /** The collapse toggle of a frame (a chevron at the right end of its title band). */
    static Box toggleBox(Frame f) {
        Box h = f.header();
        return new Box(h.maxX() - TOGGLE_SIZE - 8, h.y() + (Math.min(h.h(), DiagramScene.FRAME_HEADER) - TOGGLE_SIZE) / 2,
                TOGGLE_SIZE, TOGGLE_SIZE);
    }

    static Box resizeBox(Frame f) {
        Box b = f.box();
        return new Box(b.maxX() - RESIZE_HANDLE, b.maxY() - RESIZE_HANDLE, RESIZE_HANDLE, RESIZE_HANDLE);
    }

    /**
     * The topmost element at a world point. {@code tolerance} is in world units (a few pixels on screen).
     * Frame bodies are not hits: dragging inside a frame starts a marquee, as in most diagram tools.
     */
    Hit hit(double x, double y, double tolerance, java.util.Set<String> selected) {
        Box probe = new Box(x - tolerance, y - tolerance, 2 * tolerance, 2 * tolerance);
        List<Frame> fs = frames.query(probe);
        for (int i = fs.size() - 1; i >= 0; i--) {
            Frame f = fs.get(i);
            if (!f.collapsed() && selected.contains(f.id()) && resizeBox(f).inflate(tolerance).contains(x, y)) {
                return new Hit(HitKind.FRAME_RESIZE, f.id());
            }
        }
        List<NoteBox> ns = notes.query(probe);
        for (int i = ns.size() - 1; i >= 0; i--) {
            if (ns.get(i).box().contains(x, y)) {
                return new Hit(HitKind.NOTE, ns.get(i).id());
            }
        }
        List<Card> cs = cards.query(probe);
        for (int i = cs.size() - 1; i >= 0; i--) {
            if (cs.get(i).box().contains(x, y)) {
                return new Hit(HitKind.CARD, cs.get(i).id());
            }
        }
        Route best = null;
        double bestDist = tolerance;
        for (Route r : routes.query(probe)) {
            double d = r.distanceTo(x, y);
            double lw = org.patternboard.exporters.diagram.TextFit.width(r.connection().kind().id(), 11, false) / 2 + 8;
            if (Math.abs(x - r.labelX()) <= lw && Math.abs(y - r.labelY()) <= 10) {
                d = 0;
            }
            if (d <= bestDist) {
                bestDist = d;
                best = r;
            }
        }
        if (best != null) {
            return new Hit(HitKind.ROUTE, best.id());
        }
        for (int i = fs.size() - 1; i >= 0; i--) {
            Frame f = fs.get(i);
            if (toggleBox(f).inflate(2).contains(x, y)) {
                return new Hit(HitKind.FRAME_TOGGLE, f.id());
            }
            if (f.collapsed() && f.box().contains(x, y)) {
                return new Hit(HitKind.COLLAPSED_FRAME, f.id());
            }
            if (f.header().contains(x, y)) {
                return new Hit(HitKind.FRAME_HEADER, f.id());
            }
        }
        return null;
    }

    /** The topmost card at a point, ignoring one id (the source of a connection being drawn). */
    Card cardAt(double x, double y, String except) {
        List<Card> cs = cards.query(new Box(x, y, 0, 0));
        for (int i = cs.size() - 1; i >= 0; i--) {
            Card c = cs.get(i);
            if (!c.id().equals(except) && c.box().contains(x, y)) {
                return c;
            }
        }
        return null;
    }
}
