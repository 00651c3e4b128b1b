package org.patternboard.exporters.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * A first, readable placement for an imported design: connected components in columns by their depth along
 * the connections (requests flow left to right), unconnected ones in a grid below. The app can refine it with
 * the full layout; the design file stays deterministic either way.
 */
final class ImportLayout {
    static final double COLUMN = 260;
    static final double ROW = 120;
    static final double MARGIN = 80;
    private static final int GRID_COLUMNS = 6;

    List<Component> place(List<Component> components, List<Connection> connections) {
        Map<String, List<String>> out = new HashMap<>();
        Set<String> connected = new HashSet<>();
        for (Connection c : connections) {
            out.computeIfAbsent(c.from(), k -> new ArrayList<>()).add(c.to());
            connected.add(c.from());
            connected.add(c.to());
        }
        Map<String, Integer> rank = new HashMap<>();
        Set<String> hasIncoming = new HashSet<>();
        connections.forEach(c -> hasIncoming.add(c.to()));
        // breadth-first from the sources; a cycle's members keep the first rank they reach
        List<String> frontier = new ArrayList<>();
        for (Component c : components) {
            if (connected.contains(c.id()) && !hasIncoming.contains(c.id())) {
                frontier.add(c.id());
                rank.put(c.id(), 0);
            }
        }
        for (Component c : components) {
            if (connected.contains(c.id()) && frontier.isEmpty()) {
                frontier.add(c.id());
                rank.put(c.id(), 0);
            }
        }
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String id : frontier) {
                for (String to : out.getOrDefault(id, List.of())) {
                    if (!rank.containsKey(to)) {
                        rank.put(to, rank.get(id) + 1);
                        next.add(to);
                    }
                }
            }
            frontier = next;
        }
        for (Component c : components) {
            if (connected.contains(c.id()) && !rank.containsKey(c.id())) {
                rank.put(c.id(), 0);
            }
        }
        Map<Integer, Integer> rowsUsed = new LinkedHashMap<>();
        int deepest = 0;
        List<Component> placed = new ArrayList<>();
        for (Component c : components) {
            Integer r = rank.get(c.id());
            if (r == null) {
                continue;
            }
            int row = rowsUsed.merge(r, 1, Integer::sum) - 1;
            deepest = Math.max(deepest, row + 1);
            placed.add(at(c, MARGIN + r * COLUMN, MARGIN + row * ROW));
        }
        int i = 0;
        double top = MARGIN + deepest * ROW + (deepest > 0 ? ROW : 0);
        for (Component c : components) {
            if (rank.containsKey(c.id())) {
                continue;
            }
            placed.add(at(c, MARGIN + (i % GRID_COLUMNS) * COLUMN, top + (i / GRID_COLUMNS) * ROW));
            i++;
        }
        return placed;
    }

    private static Component at(Component c, double x, double y) {
        return new Component(c.id(), c.type(), c.name(), x, y, c.width(), c.height(), c.parent(), c.properties(), c.extra());
    }
}
