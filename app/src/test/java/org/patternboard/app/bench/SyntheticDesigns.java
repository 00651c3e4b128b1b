package org.patternboard.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;

/**
 * Large designs for benchmarks: components of every catalog type on a grid, legal connections to
 * neighbours in the next column, and a pattern frame around every 4x4 block. Deterministic for a seed.
 */
public final class SyntheticDesigns {
    private SyntheticDesigns() {
    }

    public static Architecture grid(int n, long seed) {
        Catalog catalog = Catalog.standard();
        List<ComponentType> types = new ArrayList<>(catalog.types());
        Random random = new Random(seed);
        int rows = (int) Math.max(1, Math.round(Math.sqrt(n / 1.6)));
        List<Component> components = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int col = i / rows;
            int row = i % rows;
            ComponentType t = types.get(random.nextInt(types.size()));
            String frame = "frame-" + (col / 4) + "-" + (row / 4);
            components.add(new Component(String.format("c%05d", i), t.id(), t.name().replace(" ", "") + i,
                    80 + col * 260.0, 80 + row * 140.0, null, null, frame, Map.of(), Map.of()));
        }
        int cols = (n + rows - 1) / rows;
        for (int fc = 0; fc * 4 < cols; fc++) {
            for (int fr = 0; fr * 4 < rows; fr++) {
                groups.add(Group.of("frame-" + fc + "-" + fr, GroupKind.PATTERN, "Block " + fc + "." + fr,
                        40 + fc * 4 * 260.0, 30 + fr * 4 * 140.0, 4 * 260.0 - 40, 4 * 140.0 - 10));
            }
        }
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j : new int[] {i + rows, i + rows + 1, i + 1}) {
                if (j >= n || random.nextInt(3) == 0) {
                    continue;
                }
                Component a = components.get(i);
                Component b = components.get(j);
                List<ConnectionKind> kinds = catalog.legalKinds(a.type(), b.type());
                if (!kinds.isEmpty()) {
                    connections.add(Connection.of(String.format("k%05d-%d", i, j - i), a.id(), b.id(), kinds.get(0)));
                }
            }
        }
        // Keep only frames that hold something, so the reader accepts the design.
        List<Group> used = groups.stream().filter(g -> components.stream().anyMatch(c -> g.id().equals(c.parent())))
                .toList();
        return Architecture.of("Synthetic " + n, "Benchmark design", components, connections, used, List.of(),
                List.of(), Map.of());
    }
}
