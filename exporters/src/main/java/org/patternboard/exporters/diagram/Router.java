package org.patternboard.exporters.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Connection;

/**
 * Orthogonal "elbow" routes. Each connection leaves its source through the side facing the target and
 * enters the target through the opposite side; connections sharing a side get evenly spread ports,
 * ordered by where their other end is, so fan-outs do not cross each other.
 */
final class Router {
    private static final double LABEL_FONT = 11;

    enum Side { LEFT, RIGHT, TOP, BOTTOM }

    private record Pending(Connection connection, String from, String to, Box a, Box b, Side out, Side in) {
    }

    private Router() {
    }

    static List<DiagramScene.Route> route(Architecture design, Catalog catalog, Map<String, String> rep,
            Map<String, Box> boxes) {
        Map<ConnectionKind, Boolean> sync = DiagramScene.synchronousKinds(catalog);
        List<Pending> pending = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Connection c : design.connections()) {
            String from = rep.getOrDefault(c.from(), c.from());
            String to = rep.getOrDefault(c.to(), c.to());
            Box a = boxes.get(from);
            Box b = boxes.get(to);
            if (a == null || b == null || from.equals(to)) {
                continue;
            }
            // Several connections into one collapsed frame are drawn once.
            boolean viaFrame = !from.equals(c.from()) || !to.equals(c.to());
            if (viaFrame && !seen.add(from + "\u0000" + to + "\u0000" + c.kind())) {
                continue;
            }
            Side out = sideTowards(a, b);
            pending.add(new Pending(c, from, to, a, b, out, opposite(out)));
        }
        // Ports: per (element, side), ordered along the side by the position of the other end.
        Map<String, List<Pending>> bySide = new HashMap<>();
        for (Pending p : pending) {
            bySide.computeIfAbsent(p.from + "|" + p.out, k -> new ArrayList<>()).add(p);
            bySide.computeIfAbsent(p.to + "|" + p.in, k -> new ArrayList<>()).add(p);
        }
        Map<String, double[]> ports = new HashMap<>();
        for (Map.Entry<String, List<Pending>> e : bySide.entrySet()) {
            String key = e.getKey();
            String element = key.substring(0, key.lastIndexOf('|'));
            Side side = Side.valueOf(key.substring(key.lastIndexOf('|') + 1));
            Box box = boxes.get(element);
            List<Pending> list = e.getValue();
            list.sort(Comparator.comparingDouble((Pending p) -> {
                Box other = p.from.equals(element) && p.out == side ? p.b : p.a;
                return side == Side.LEFT || side == Side.RIGHT ? other.centerY() : other.centerX();
            }).thenComparing(p -> p.connection.id()));
            int n = list.size();
            for (int i = 0; i < n; i++) {
                Pending p = list.get(i);
                double t = (i + 1.0) / (n + 1.0);
                // Keep ports off the rounded corners.
                double along = side == Side.LEFT || side == Side.RIGHT
                        ? box.y() + box.h() * (0.2 + 0.6 * t) : box.x() + box.w() * (0.15 + 0.7 * t);
                double[] pt = switch (side) {
                    case LEFT -> new double[] {box.x(), along};
                    case RIGHT -> new double[] {box.maxX(), along};
                    case TOP -> new double[] {along, box.y()};
                    case BOTTOM -> new double[] {along, box.maxY()};
                };
                boolean isSource = p.from.equals(element) && p.out == side;
                ports.put(p.connection.id() + (isSource ? ">" : "<"), pt);
            }
        }
        List<DiagramScene.Route> routes = new ArrayList<>(pending.size());
        for (Pending p : pending) {
            double[] s = ports.get(p.connection.id() + ">");
            double[] t = ports.get(p.connection.id() + "<");
            routes.add(build(p, s, t, sync.getOrDefault(p.connection.kind(), true)));
        }
        routes.sort(Comparator.comparing(DiagramScene.Route::id));
        return List.copyOf(routes);
    }

    private static DiagramScene.Route build(Pending p, double[] s, double[] t, boolean synchronous) {
        double[] xs;
        double[] ys;
        boolean horizontal = p.out == Side.LEFT || p.out == Side.RIGHT;
        if (horizontal) {
            if (Math.abs(s[1] - t[1]) < 0.5) {
                xs = new double[] {s[0], t[0]};
                ys = new double[] {s[1], s[1]};
            } else {
                double mx = (s[0] + t[0]) / 2;
                xs = new double[] {s[0], mx, mx, t[0]};
                ys = new double[] {s[1], s[1], t[1], t[1]};
            }
        } else {
            if (Math.abs(s[0] - t[0]) < 0.5) {
                xs = new double[] {s[0], s[0]};
                ys = new double[] {s[1], t[1]};
            } else {
                double my = (s[1] + t[1]) / 2;
                xs = new double[] {s[0], s[0], t[0], t[0]};
                ys = new double[] {s[1], my, my, t[1]};
            }
        }
        // The label sits on the longest horizontal segment (text reads best there), else the longest one.
        int best = -1;
        double bestLen = -1;
        for (int pass = 0; pass < 2 && best < 0; pass++) {
            for (int i = 0; i + 1 < xs.length; i++) {
                boolean flat = Math.abs(ys[i] - ys[i + 1]) < 0.5;
                if (pass == 0 && !flat) {
                    continue;
                }
                double len = Math.abs(xs[i + 1] - xs[i]) + Math.abs(ys[i + 1] - ys[i]);
                if (len >= bestLen) {
                    bestLen = len;
                    best = i;
                }
            }
            if (pass == 0 && bestLen < TextFit.width(p.connection.kind().id(), LABEL_FONT, false) + 16) {
                best = -1; // too short for the text: use any segment
                bestLen = -1;
            }
        }
        double lx = (xs[best] + xs[best + 1]) / 2;
        double ly = (ys[best] + ys[best + 1]) / 2;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < xs.length; i++) {
            minX = Math.min(minX, xs[i]);
            minY = Math.min(minY, ys[i]);
            maxX = Math.max(maxX, xs[i]);
            maxY = Math.max(maxY, ys[i]);
        }
        double half = TextFit.width(p.connection.kind().id(), LABEL_FONT, false) / 2 + 8;
        Box bounds = new Box(minX, minY, maxX - minX, maxY - minY).union(new Box(lx - half, ly - 10, 2 * half, 20))
                .inflate(6);
        return new DiagramScene.Route(p.connection, p.connection.from(), p.connection.to(), xs, ys, lx, ly,
                synchronous, bounds);
    }

    /** The side of {@code a} that faces {@code b}; horizontal when there is room, since flows read left to right. */
    static Side sideTowards(Box a, Box b) {
        double dx = b.centerX() - a.centerX();
        double dy = b.centerY() - a.centerY();
        double gapX = Math.abs(dx) - (a.w() + b.w()) / 2;
        double gapY = Math.abs(dy) - (a.h() + b.h()) / 2;
        boolean horizontal = gapX >= 24 || (gapX >= gapY);
        if (horizontal) {
            return dx >= 0 ? Side.RIGHT : Side.LEFT;
        }
        return dy >= 0 ? Side.BOTTOM : Side.TOP;
    }

    static Side opposite(Side s) {
        return switch (s) {
            case LEFT -> Side.RIGHT;
            case RIGHT -> Side.LEFT;
            case TOP -> Side.BOTTOM;
            case BOTTOM -> Side.TOP;
        };
    }
}
