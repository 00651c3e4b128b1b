package org.patternboard.model.diff;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Pairs the elements of two designs: by id first, then the rest by a key that says what the element is (a
 * component's type and name, a connection's ends and kind), so a renamed id is a rename, not a removal plus an
 * addition. When several elements share a key they pair in id order, which keeps the result deterministic.
 */
final class Matching<T> {
    /** Old id to new id for every matched pair (the same id when matched by id). */
    final Map<String, String> oldToNew = new TreeMap<>();
    final List<String> added = new ArrayList<>();
    final List<String> removed = new ArrayList<>();
    final List<Rename> renamed = new ArrayList<>();

    Matching(Map<String, T> oldById, Map<String, T> newById, Function<T, String> key) {
        this(oldById, newById, key, key);
    }

    /** With a separate key for old elements, e.g. one that first renames the ids the element refers to. */
    Matching(Map<String, T> oldById, Map<String, T> newById, Function<T, String> newKey, Function<T, String> oldKey) {
        for (String id : oldById.keySet()) {
            if (newById.containsKey(id)) {
                oldToNew.put(id, id);
            }
        }
        Map<String, List<String>> newRestByKey = new TreeMap<>();
        for (Map.Entry<String, T> e : newById.entrySet()) {
            if (!oldById.containsKey(e.getKey())) {
                newRestByKey.computeIfAbsent(newKey.apply(e.getValue()), k -> new ArrayList<>()).add(e.getKey());
            }
        }
        for (Map.Entry<String, T> e : oldById.entrySet()) {
            if (oldToNew.containsKey(e.getKey())) {
                continue;
            }
            List<String> candidates = newRestByKey.get(oldKey.apply(e.getValue()));
            if (candidates != null && !candidates.isEmpty()) {
                String to = candidates.remove(0);
                oldToNew.put(e.getKey(), to);
                renamed.add(new Rename(e.getKey(), to));
            } else {
                removed.add(e.getKey());
            }
        }
        for (List<String> rest : newRestByKey.values()) {
            added.addAll(rest);
        }
        added.sort(null);
        renamed.sort((a, b) -> a.to().compareTo(b.to()));
    }

    static <T> Map<String, T> byId(Collection<T> items, Function<T, String> id) {
        Map<String, T> map = new TreeMap<>();
        for (T t : items) {
            map.put(id.apply(t), t);
        }
        return map;
    }
}
