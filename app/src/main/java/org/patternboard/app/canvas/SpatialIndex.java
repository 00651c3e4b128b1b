package org.patternboard.app.canvas;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.diagram.Box;

/**
 * A uniform grid over world coordinates: which items may intersect a rectangle, in insertion order.
 * It is what makes drawing cost follow what is visible, not the size of the design.
 */
final class SpatialIndex<T> {
    private static final double CELL = 320;

    private final List<T> items = new ArrayList<>();
    private final List<Box> boxes = new ArrayList<>();
    private final Map<Long, int[]> cells = new HashMap<>();
    private final Map<Long, Integer> sizes = new HashMap<>();

    void add(T item, Box box) {
        int index = items.size();
        items.add(item);
        boxes.add(box);
        int x0 = cell(box.x());
        int x1 = cell(box.maxX());
        int y0 = cell(box.y());
        int y1 = cell(box.maxY());
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                long key = key(cx, cy);
                int[] arr = cells.get(key);
                int n = sizes.getOrDefault(key, 0);
                if (arr == null) {
                    arr = new int[4];
                } else if (n == arr.length) {
                    arr = java.util.Arrays.copyOf(arr, n * 2);
                }
                arr[n] = index;
                cells.put(key, arr);
                sizes.put(key, n + 1);
            }
        }
    }

    int size() {
        return items.size();
    }

    T get(int index) {
        return items.get(index);
    }

    Box box(int index) {
        return boxes.get(index);
    }

    /** Items whose box intersects {@code area}, in insertion (drawing) order. */
    List<T> query(Box area) {
        List<T> out = new ArrayList<>();
        BitSet hits = candidates(area);
        for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
            if (boxes.get(i).intersects(area)) {
                out.add(items.get(i));
            }
        }
        return out;
    }

    private BitSet candidates(Box area) {
        BitSet hits = new BitSet(items.size());
        int x0 = cell(area.x());
        int x1 = cell(area.maxX());
        int y0 = cell(area.y());
        int y1 = cell(area.maxY());
        long cellCount = (long) (x1 - x0 + 1) * (y1 - y0 + 1);
        if (cellCount > cells.size()) {
            // Zoomed far out: walking the occupied cells is cheaper than the empty ones.
            for (Map.Entry<Long, int[]> e : cells.entrySet()) {
                int cx = (int) (e.getKey() >> 32);
                int cy = (int) (long) e.getKey();
                if (cx >= x0 && cx <= x1 && cy >= y0 && cy <= y1) {
                    mark(hits, e.getValue(), sizes.get(e.getKey()));
                }
            }
            return hits;
        }
        for (int cx = x0; cx <= x1; cx++) {
            for (int cy = y0; cy <= y1; cy++) {
                long key = key(cx, cy);
                int[] arr = cells.get(key);
                if (arr != null) {
                    mark(hits, arr, sizes.get(key));
                }
            }
        }
        return hits;
    }

    private static void mark(BitSet hits, int[] arr, int n) {
        for (int i = 0; i < n; i++) {
            hits.set(arr[i]);
        }
    }

    private static int cell(double v) {
        return (int) Math.floor(v / CELL);
    }

    private static long key(int cx, int cy) {
        return ((long) cx << 32) | (cy & 0xffffffffL);
    }
}
