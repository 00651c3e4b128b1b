package org.patternboard.app.viewmodel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.Note;
import org.patternboard.model.edit.CompoundEdit;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.Ids;
import org.patternboard.model.edit.ReplaceComponent;
import org.patternboard.model.edit.ReplaceConnection;
import org.patternboard.model.edit.ReplaceGroup;
import org.patternboard.model.edit.ReplaceNote;

/**
 * Copy and paste. A copied fragment is itself a small design (so it can travel through the system
 * clipboard as a {@code .pboard.json} text); pasting gives every element a fresh id and a unique name.
 */
public final class Fragments {
    /** Where the copied top-level items lived, so a paste into the same design lands in the same frame. */
    static final String HOST_FIELD = "pastedFrom";

    private Fragments() {
    }

    /** The elements of {@code ids}, their group contents, and the connections among them. */
    public static Architecture extract(Architecture a, Set<String> ids) {
        Set<String> groups = new LinkedHashSet<>();
        Set<String> components = new LinkedHashSet<>();
        Set<String> notes = new LinkedHashSet<>();
        Set<String> connections = new LinkedHashSet<>();
        for (String id : ids) {
            collect(a, id, groups, components, notes, connections);
        }
        String host = null;
        boolean sameHost = true;
        boolean first = true;
        List<Component> cs = new ArrayList<>();
        for (String id : components) {
            Component c = a.componentOrNull(id);
            if (c.parent() == null || !groups.contains(c.parent())) {
                if (first) {
                    host = c.parent();
                    first = false;
                } else if (!Objects.equals(host, c.parent())) {
                    sameHost = false;
                }
                c = c.withParent(null);
            }
            cs.add(c);
        }
        List<Group> gs = new ArrayList<>();
        for (String id : groups) {
            Group g = a.group(id).orElseThrow();
            gs.add(g.parent() != null && !groups.contains(g.parent()) ? g.withParent(null) : g);
        }
        List<Connection> conns = new ArrayList<>();
        for (Connection c : a.connections()) {
            if (components.contains(c.from()) && components.contains(c.to())) {
                conns.add(c);
            }
        }
        List<Note> ns = notes.stream().map(id -> a.note(id).orElseThrow()).toList();
        Map<String, Object> extra = sameHost && host != null ? Map.of(HOST_FIELD, host) : Map.of();
        return Architecture.of("Clipboard", "", cs, conns, gs, ns, List.of(), extra);
    }

    private static void collect(Architecture a, String id, Set<String> groups, Set<String> components, Set<String> notes,
            Set<String> connections) {
        if (a.component(id).isPresent()) {
            components.add(id);
        } else if (a.note(id).isPresent()) {
            notes.add(id);
        } else if (a.connection(id).isPresent()) {
            connections.add(id);
        } else if (a.group(id).isPresent() && groups.add(id)) {
            for (String child : a.childrenOf(id)) {
                collect(a, child, groups, components, notes, connections);
            }
        }
    }

    /** The result of a paste: the edit and the ids of the new top-level elements (to select them). */
    public record Pasted(Edit edit, Set<String> newIds) {
    }

    /** Inserts a copy of {@code fragment} moved by (dx, dy), with fresh ids and unique names. */
    public static Pasted paste(Architecture target, Architecture fragment, double dx, double dy) {
        Set<String> taken = new HashSet<>();
        Set<String> names = new HashSet<>();
        Map<String, String> ids = new HashMap<>();
        for (Group g : fragment.groups()) {
            ids.put(g.id(), take(target, Ids.prefixFor(g.kind().id()), taken));
        }
        for (Component c : fragment.components()) {
            ids.put(c.id(), take(target, Ids.prefixFor(c.type()), taken));
        }
        for (Note n : fragment.notes()) {
            ids.put(n.id(), take(target, "n", taken));
        }
        for (Connection c : fragment.connections()) {
            ids.put(c.id(), take(target, "c", taken));
        }
        Object hostValue = fragment.extra().get(HOST_FIELD);
        String host = hostValue instanceof String s && target.group(s).isPresent() ? s : null;
        List<Edit> steps = new ArrayList<>();
        Set<String> created = new LinkedHashSet<>();
        // Parents before children, so every step applies to a consistent design.
        for (Group g : parentsFirst(fragment)) {
            String parent = g.parent() == null ? host : ids.get(g.parent());
            Group copy = g.withId(ids.get(g.id())).withParent(parent).withPosition(g.x() + dx, g.y() + dy);
            steps.add(new ReplaceGroup(copy.id(), copy, "Paste group"));
            if (g.parent() == null) {
                created.add(copy.id());
            }
        }
        for (Component c : fragment.components()) {
            String name = Ids.uniqueName(target, c.name(), names);
            names.add(name);
            String parent = c.parent() == null ? host : ids.get(c.parent());
            Component copy = c.withId(ids.get(c.id())).withName(name).withParent(parent)
                    .withPosition(c.x() + dx, c.y() + dy);
            steps.add(new ReplaceComponent(copy.id(), copy, "Paste " + name));
            created.add(copy.id());
        }
        for (Connection c : fragment.connections()) {
            Connection copy = c.withId(ids.get(c.id())).withEnds(ids.get(c.from()), ids.get(c.to()));
            steps.add(new ReplaceConnection(copy.id(), copy, "Paste connection"));
        }
        for (Note n : fragment.notes()) {
            Note copy = n.withId(ids.get(n.id())).withPosition(n.x() + dx, n.y() + dy);
            steps.add(new ReplaceNote(copy.id(), copy, "Paste note"));
            created.add(copy.id());
        }
        int count = fragment.components().size() + fragment.notes().size() + fragment.groups().size();
        return new Pasted(new CompoundEdit("Paste " + count + (count == 1 ? " item" : " items"), steps), created);
    }

    private static String take(Architecture target, String prefix, Set<String> taken) {
        String id = Ids.fresh(target, prefix, taken);
        taken.add(id);
        return id;
    }

    static List<Group> parentsFirst(Architecture a) {
        List<Group> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        List<Group> remaining = new ArrayList<>(a.groups());
        while (!remaining.isEmpty()) {
            boolean progress = false;
            for (var it = remaining.iterator(); it.hasNext();) {
                Group g = it.next();
                if (g.parent() == null || placed.contains(g.parent()) || a.group(g.parent()).isEmpty()) {
                    ordered.add(g);
                    placed.add(g.id());
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                ordered.addAll(remaining); // a cycle: the reader refuses these, keep going anyway
                break;
            }
        }
        return ordered;
    }
}
