package org.patternboard.exporters.diagram;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.Category;
import org.patternboard.model.catalog.schema.ResourceSchemas;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.KindInfo;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.Note;

/**
 * What a drawing of a design shows, in world coordinates: the visible cards, frames, notes and routed
 * connections. Components inside a collapsed frame are hidden and their connections end at the frame.
 * Pure and JavaFX-free, so the canvas, SVG and PNG draw the same picture.
 */
public final class DiagramScene {
    /** Height of a frame's title band. */
    public static final double FRAME_HEADER = 30;
    public static final double COLLAPSED_WIDTH = 240;
    public static final double COLLAPSED_HEIGHT = 64;
    public static final double NOTE_WIDTH = 200;
    public static final double NOTE_FONT = 12;
    public static final double NOTE_LINE = 16;
    public static final double NOTE_PADDING = 10;

    public record Card(Component component, ComponentType type, Category category, Box box) {
        public String id() {
            return component.id();
        }

        public String typeName() {
            return type == null ? component.type() : type.name();
        }

        /** The icon's side: 40, or less on a short card. */
        public double badge() {
            return Math.min(40, box.h() - 16);
        }

        /** Where the name and type text start and how wide they may be (right of the icon). */
        public double textX() {
            return box.x() + 12 + badge() + 12;
        }

        public double textWidth() {
            return box.maxX() - textX() - 10;
        }

        /** The name as drawn: one line, or two before it is cut (TextFit.twoLines). */
        public java.util.List<String> nameLines() {
            return TextFit.twoLines(component.name(), textWidth(), 13, true);
        }

        /** Whether the card shows less than the whole name (then a tooltip gives it). */
        public boolean nameCut() {
            return nameLines().stream().anyMatch(l -> l.endsWith("\u2026"));
        }
    }

    /** A group frame; when collapsed it is drawn as a compact box standing in for its contents. */
    public record Frame(Group group, Box box, boolean collapsed, int depth, int contentCount) {
        public String id() {
            return group.id();
        }

        public Box header() {
            return collapsed ? box : new Box(box.x(), box.y(), box.w(), FRAME_HEADER);
        }
    }

    public record NoteBox(Note note, Box box, List<String> lines) {
        public String id() {
            return note.id();
        }
    }

    /**
     * A routed connection: an orthogonal polyline from the source's side to the target's side.
     *
     * @param labelX where the kind label is centred
     */
    public record Route(Connection connection, String fromId, String toId, double[] xs, double[] ys,
            double labelX, double labelY, boolean synchronous, Box bounds) {
        /** The kind label's pill: 18 px high, the text's width plus 12 (as the SVG and the canvas draw it). */
        public static final double LABEL_HEIGHT = 18;

        public String id() {
            return connection.id();
        }

        public static double labelWidth(String text) {
            return TextFit.width(text, 11, false) + 12;
        }

        /** Where the kind label is drawn. */
        public Box labelBox() {
            return LabelPlacer.labelBox(labelX, labelY, labelWidth(connection.kind().id()));
        }

        public boolean failure() {
            return connection.kind() == org.patternboard.model.catalog.ConnectionKind.FAILS_TO;
        }

        /** Distance from a point to the polyline. */
        public double distanceTo(double px, double py) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i + 1 < xs.length; i++) {
                best = Math.min(best, segmentDistance(px, py, xs[i], ys[i], xs[i + 1], ys[i + 1]));
            }
            return best;
        }

        private static double segmentDistance(double px, double py, double x1, double y1, double x2, double y2) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double len = dx * dx + dy * dy;
            double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len));
            double cx = x1 + t * dx - px;
            double cy = y1 + t * dy - py;
            return Math.sqrt(cx * cx + cy * cy);
        }
    }

    private final Architecture design;
    private final List<Frame> frames;
    private final List<Card> cards;
    private final List<NoteBox> notes;
    private final List<Route> routes;
    private final Map<String, String> representative;
    private final Map<String, Box> boxes;

    private DiagramScene(Architecture design, List<Frame> frames, List<Card> cards, List<NoteBox> notes,
            List<Route> routes, Map<String, String> representative, Map<String, Box> boxes) {
        this.design = design;
        this.frames = frames;
        this.cards = cards;
        this.notes = notes;
        this.routes = routes;
        this.representative = representative;
        this.boxes = boxes;
    }

    public static DiagramScene of(Architecture a, Catalog catalog) {
        // Which groups are hidden (inside a collapsed ancestor) and who stands in for hidden elements.
        Map<String, String> rep = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        for (Group g : a.groups()) {
            depth.put(g.id(), depthOf(a, g));
        }
        List<Group> groups = new ArrayList<>(a.groups());
        groups.sort(Comparator.comparingInt((Group g) -> depth.get(g.id())).thenComparing(Group::id));
        Set<String> hiddenGroups = new HashSet<>();
        for (Group g : groups) {
            String outer = collapsedAncestor(a, g.parent());
            if (outer != null) {
                hiddenGroups.add(g.id());
                rep.put(g.id(), outer);
            }
        }
        Map<String, Box> boxes = new HashMap<>();
        Map<String, Integer> contents = new HashMap<>();
        List<Card> cards = new ArrayList<>();
        for (Component c : a.components()) {
            String outer = collapsedAncestor(a, c.parent());
            if (outer != null) {
                rep.put(c.id(), outer);
                contents.merge(outer, 1, Integer::sum);
                continue;
            }
            ComponentType type = catalog.type(c.type()).orElse(null);
            Category category = categoryOf(c, type);
            Box box = new Box(c.x(), c.y(), c.effectiveWidth(), c.effectiveHeight());
            cards.add(new Card(c, type, category, box));
            boxes.put(c.id(), box);
        }
        List<Frame> frames = new ArrayList<>();
        for (Group g : groups) {
            if (hiddenGroups.contains(g.id())) {
                continue;
            }
            Box box = g.collapsed() ? new Box(g.x(), g.y(), COLLAPSED_WIDTH, COLLAPSED_HEIGHT)
                    : new Box(g.x(), g.y(), g.width(), g.height());
            frames.add(new Frame(g, box, g.collapsed(), depth.get(g.id()), contents.getOrDefault(g.id(), 0)));
            boxes.put(g.id(), box);
        }
        List<NoteBox> notes = new ArrayList<>();
        for (Note n : a.notes()) {
            double w = n.width() == null ? NOTE_WIDTH : n.width();
            List<String> lines = TextFit.wrap(n.text(), w - 2 * NOTE_PADDING, NOTE_FONT);
            Box box = new Box(n.x(), n.y(), w, 2 * NOTE_PADDING + lines.size() * NOTE_LINE);
            notes.add(new NoteBox(n, box, lines));
            boxes.put(n.id(), box);
        }
        List<Box> obstacles = new ArrayList<>();
        cards.forEach(c -> obstacles.add(c.box()));
        notes.forEach(n -> obstacles.add(n.box()));
        frames.stream().filter(Frame::collapsed).forEach(f -> obstacles.add(f.box()));
        List<Route> routes = LabelPlacer.place(Router.route(a, catalog, rep, boxes), obstacles);
        return new DiagramScene(a, List.copyOf(frames), List.copyOf(cards), List.copyOf(notes), routes,
                Collections.unmodifiableMap(rep), Collections.unmodifiableMap(boxes));
    }

    private static int depthOf(Architecture a, Group g) {
        int d = 0;
        String p = g.parent();
        Set<String> seen = new HashSet<>();
        while (p != null && seen.add(p)) {
            d++;
            p = a.group(p).map(Group::parent).orElse(null);
        }
        return d;
    }

    /** The outermost collapsed group among {@code groupId} and its ancestors, or null. */
    private static String collapsedAncestor(Architecture a, String groupId) {
        String found = null;
        String p = groupId;
        Set<String> seen = new HashSet<>();
        while (p != null && seen.add(p)) {
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

    public Architecture design() {
        return design;
    }

    /** Frames, outermost first (draw in this order). */
    public List<Frame> frames() {
        return frames;
    }

    public List<Card> cards() {
        return cards;
    }

    public List<NoteBox> notes() {
        return notes;
    }

    public List<Route> routes() {
        return routes;
    }

    /** The drawn box of a visible element (card, frame, note), or null. */
    public Box box(String id) {
        return boxes.get(id);
    }

    /** The visible element standing in for an id: itself, or the collapsed frame that hides it. */
    public String visibleFor(String id) {
        return representative.getOrDefault(id, id);
    }

    public boolean isHidden(String id) {
        return representative.containsKey(id);
    }

    /** Everything drawn, or null for an empty design. */
    public Box bounds() {
        Box b = null;
        for (Box box : boxes.values()) {
            b = b == null ? box : b.union(box);
        }
        for (Route r : routes) {
            b = b == null ? r.bounds() : b.union(r.bounds());
        }
        return b;
    }

    /** Connection kinds that are synchronous, from the catalog (invokes, reads …). */
    static Map<org.patternboard.model.catalog.ConnectionKind, Boolean> synchronousKinds(Catalog catalog) {
        Map<org.patternboard.model.catalog.ConnectionKind, Boolean> m = new LinkedHashMap<>();
        for (KindInfo k : catalog.kinds()) {
            m.put(k.kind(), k.synchronous());
        }
        return m;
    }

    /** A generic card is drawn in the colour and glyph of its resource type's service (RDS as a database …). */
    public static Category categoryOf(Component c, ComponentType type) {
        if (type == null) {
            return Category.Generic;
        }
        if (ComponentType.GENERIC_ID.equals(c.type()) && c.property("resourceType") instanceof String cfnType) {
            return ResourceSchemas.standard().categoryOf(cfnType);
        }
        return type.category();
    }
}
