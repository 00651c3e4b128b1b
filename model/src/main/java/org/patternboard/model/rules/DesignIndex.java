package org.patternboard.model.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * The lookups rules need (connections by component, component ids by type), built once and then kept up to
 * date by diffing each new document against the previous one. Components and connections are immutable
 * records and unchanged ones are shared between documents, so the diff compares references first and only
 * falls back to {@code equals} for the few that differ.
 */
final class DesignIndex {
    private Architecture design;
    /** Components by id: hashing beats the document's sorted map for the many lookups rules make. */
    private final Map<String, Component> byId = new HashMap<>();
    private final Map<String, List<Connection>> outgoing = new HashMap<>();
    private final Map<String, List<Connection>> incoming = new HashMap<>();
    private final Map<String, TreeSet<String>> byType = new HashMap<>();

    /** What one update changed: components whose rule-relevant content changed, and their types. */
    record Change(Set<String> touched, Set<String> touchedTypes) {
    }

    Architecture design() {
        return design;
    }

    Component component(String id) {
        return byId.get(id);
    }

    List<Connection> outgoing(String id) {
        return outgoing.getOrDefault(id, List.of());
    }

    List<Connection> incoming(String id) {
        return incoming.getOrDefault(id, List.of());
    }

    Collection<String> idsOfType(String type) {
        TreeSet<String> ids = byType.get(type);
        return ids == null ? List.of() : ids;
    }

    int count(String type) {
        TreeSet<String> ids = byType.get(type);
        return ids == null ? 0 : ids.size();
    }

    /** Indexes a document from scratch. */
    void rebuild(Architecture a) {
        design = a;
        outgoing.clear();
        incoming.clear();
        byType.clear();
        byId.clear();
        for (Component c : a.components()) {
            byId.put(c.id(), c);
            byType.computeIfAbsent(c.type(), k -> new TreeSet<>()).add(c.id());
        }
        for (Connection c : a.connections()) {
            // Architecture iterates in id order, so appending keeps every list sorted.
            outgoing.computeIfAbsent(c.from(), k -> new ArrayList<>()).add(c);
            incoming.computeIfAbsent(c.to(), k -> new ArrayList<>()).add(c);
        }
    }

    /** Moves the index to {@code next} and reports what changed since the current document. */
    Change update(Architecture next) {
        Architecture prev = design;
        design = next;
        Set<String> touched = new TreeSet<>();
        Set<String> touchedTypes = new TreeSet<>();
        // Unchanged collections are the same (cached) view of a shared map: skip them outright.
        if (prev.components() != next.components()) {
            diffComponents(prev.components(), next.components(), touched, touchedTypes);
        }
        if (prev.connections() != next.connections()) {
            diffConnections(prev.connections(), next.connections(), touched, touchedTypes);
        }
        return new Change(touched, touchedTypes);
    }

    private void diffComponents(Collection<Component> before, Collection<Component> after, Set<String> touched,
            Set<String> touchedTypes) {
        Iterator<Component> bi = before.iterator();
        Iterator<Component> ai = after.iterator();
        Component b = next(bi);
        Component a = next(ai);
        while (b != null || a != null) {
            int cmp = b == null ? 1 : a == null ? -1 : b.id().compareTo(a.id());
            if (cmp < 0) {
                removeType(b);
                byId.remove(b.id());
                touched.add(b.id());
                touchedTypes.add(b.type());
                b = next(bi);
            } else if (cmp > 0) {
                byType.computeIfAbsent(a.type(), k -> new TreeSet<>()).add(a.id());
                byId.put(a.id(), a);
                touched.add(a.id());
                touchedTypes.add(a.type());
                a = next(ai);
            } else {
                if (b != a) {
                    byId.put(a.id(), a);
                }
                if (b != a && !onlyLayoutDiffers(b, a)) {
                    if (!b.type().equals(a.type())) {
                        removeType(b);
                        byType.computeIfAbsent(a.type(), k -> new TreeSet<>()).add(a.id());
                    }
                    touched.add(a.id());
                    touchedTypes.add(b.type());
                    touchedTypes.add(a.type());
                }
                b = next(bi);
                a = next(ai);
            }
        }
    }

    /** Moving or resizing changes nothing a rule reads. */
    private static boolean onlyLayoutDiffers(Component b, Component a) {
        return b.type().equals(a.type()) && b.name().equals(a.name()) && Objects.equals(b.parent(), a.parent())
                && b.properties().equals(a.properties()) && b.extra().equals(a.extra());
    }

    private void removeType(Component c) {
        TreeSet<String> ids = byType.get(c.type());
        if (ids != null) {
            ids.remove(c.id());
            if (ids.isEmpty()) {
                byType.remove(c.type());
            }
        }
    }

    private void diffConnections(Collection<Connection> before, Collection<Connection> after, Set<String> touched,
            Set<String> touchedTypes) {
        Iterator<Connection> bi = before.iterator();
        Iterator<Connection> ai = after.iterator();
        Connection b = next(bi);
        Connection a = next(ai);
        while (b != null || a != null) {
            int cmp = b == null ? 1 : a == null ? -1 : b.id().compareTo(a.id());
            if (cmp < 0) {
                unlink(b);
                touchEnds(b, touched, touchedTypes);
                b = next(bi);
            } else if (cmp > 0) {
                link(a);
                touchEnds(a, touched, touchedTypes);
                a = next(ai);
            } else {
                if (b != a && !b.equals(a)) {
                    unlink(b);
                    link(a);
                    touchEnds(b, touched, touchedTypes);
                    touchEnds(a, touched, touchedTypes);
                }
                b = next(bi);
                a = next(ai);
            }
        }
    }

    private void touchEnds(Connection c, Set<String> touched, Set<String> touchedTypes) {
        touched.add(c.from());
        touched.add(c.to());
        typeOf(c.from(), touchedTypes);
        typeOf(c.to(), touchedTypes);
    }

    private void typeOf(String id, Set<String> types) {
        Component c = byId.get(id);
        if (c != null) {
            types.add(c.type());
        }
    }

    private void link(Connection c) {
        insertSorted(outgoing.computeIfAbsent(c.from(), k -> new ArrayList<>()), c);
        insertSorted(incoming.computeIfAbsent(c.to(), k -> new ArrayList<>()), c);
    }

    private void unlink(Connection c) {
        removeById(outgoing, c.from(), c.id());
        removeById(incoming, c.to(), c.id());
    }

    private static void insertSorted(List<Connection> list, Connection c) {
        int i = list.size();
        while (i > 0 && list.get(i - 1).id().compareTo(c.id()) > 0) {
            i--;
        }
        list.add(i, c);
    }

    private static void removeById(Map<String, List<Connection>> map, String key, String id) {
        List<Connection> list = map.get(key);
        if (list == null) {
            return;
        }
        list.removeIf(c -> c.id().equals(id));
        if (list.isEmpty()) {
            map.remove(key);
        }
    }

    /** The ids connected to {@code id} either way. */
    void addNeighbours(String id, Set<String> into) {
        for (Connection c : outgoing(id)) {
            into.add(c.to());
        }
        for (Connection c : incoming(id)) {
            into.add(c.from());
        }
    }

    private static <T> T next(Iterator<T> it) {
        return it.hasNext() ? it.next() : null;
    }
}
