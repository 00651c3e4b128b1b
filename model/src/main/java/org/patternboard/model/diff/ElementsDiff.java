package org.patternboard.model.diff;

import java.util.List;

/**
 * The differences in one kind of element (components, connections, groups or notes), each list ordered by id.
 * Ids in {@code added}, {@code changed} and {@code moved} are the new design's; in {@code removed}, the old's.
 * Layout (position and size) is kept apart in {@code moved}, so a pure move is visible without drowning the
 * changes that matter in a review.
 */
public record ElementsDiff(List<String> added, List<String> removed, List<Rename> renamed, List<ElementChange> changed,
        List<Move> moved) {
    public static final ElementsDiff EMPTY = new ElementsDiff(List.of(), List.of(), List.of(), List.of(), List.of());

    public ElementsDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        renamed = List.copyOf(renamed);
        changed = List.copyOf(changed);
        moved = List.copyOf(moved);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && renamed.isEmpty() && changed.isEmpty() && moved.isEmpty();
    }

    /** Whether the element with this new id was changed (properties or fields, not layout). */
    public boolean isChanged(String newId) {
        return changed.stream().anyMatch(c -> c.id().equals(newId));
    }

    /** Whether the element with this new id arrived under a new id. */
    public boolean isRenamed(String newId) {
        return renamed.stream().anyMatch(r -> r.to().equals(newId));
    }
}
