package org.patternboard.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.catalog.PropertySpec;
import org.patternboard.model.catalog.TypeSuggestions;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.design.Note;
import org.patternboard.model.design.Suppression;

/**
 * Builds the user-level edits (add, remove, connect, rename, …) from primitives, checking them against
 * the current design and the catalog so that an illegal change is refused with a readable reason.
 */
public final class Edits {
    private static final double GROUP_PADDING = 40;

    private final Catalog catalog;

    public Edits(Catalog catalog) {
        this.catalog = catalog;
    }

    public Catalog catalog() {
        return catalog;
    }

    /** Adds a component of a catalog type with a fresh id and a unique name. */
    public Edit addComponent(Architecture a, String typeId, String name, double x, double y) {
        ComponentType type = catalog.type(typeId)
                .orElseThrow(() -> new EditException("unknown component type '" + typeId + "'"
                        + TypeSuggestions.didYouMean(catalog, typeId)));
        String id = Ids.fresh(a, Ids.prefixFor(typeId));
        String unique = Ids.uniqueName(a, name == null || name.isBlank() ? defaultName(type) : name, Set.of());
        return add(a, Component.of(id, typeId, unique, x, y));
    }

    public Edit add(Architecture a, Component c) {
        if (a.hasElement(c.id())) {
            throw new EditException("id '" + c.id() + "' is already used");
        }
        if (c.parent() != null && a.group(c.parent()).isEmpty()) {
            throw new EditException("group '" + c.parent() + "' does not exist");
        }
        return new ReplaceComponent(c.id(), c, "Add " + c.name());
    }

    /** Removes elements; a component takes its connections along, a group its contents. */
    public Edit remove(Architecture a, Collection<String> ids) {
        Set<String> components = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        Set<String> connections = new TreeSet<>();
        Set<String> notes = new TreeSet<>();
        for (String id : ids) {
            collect(a, id, components, groups, connections, notes);
        }
        for (String c : components) {
            a.connectionsOf(c).forEach(conn -> connections.add(conn.id()));
        }
        List<Edit> steps = new ArrayList<>();
        connections.forEach(id -> steps.add(new ReplaceConnection(id, null, "Delete connection")));
        components.forEach(id -> steps.add(new ReplaceComponent(id, null, "Delete component")));
        groups.forEach(id -> steps.add(new ReplaceGroup(id, null, "Delete group")));
        notes.forEach(id -> steps.add(new ReplaceNote(id, null, "Delete note")));
        // Suppressions of removed targets go with them, so the file holds no dangling references.
        Set<String> gone = new TreeSet<>(components);
        gone.addAll(connections);
        List<Suppression> kept = a.suppressions().stream().filter(s -> !gone.contains(s.target())).toList();
        if (kept.size() != a.suppressions().size()) {
            steps.add(new SetDocument(a.name(), a.description(), kept, a.extra(), "Drop suppressions"));
        }
        int count = components.size() + groups.size() + notes.size() + (components.isEmpty() ? connections.size() : 0);
        String what = count == 1 && components.size() == 1
                ? "Delete " + a.componentOrNull(components.iterator().next()).name()
                : "Delete " + count + " items";
        return new CompoundEdit(what, steps);
    }

    private static void collect(Architecture a, String id, Set<String> components, Set<String> groups,
            Set<String> connections, Set<String> notes) {
        if (a.component(id).isPresent()) {
            components.add(id);
        } else if (a.connection(id).isPresent()) {
            connections.add(id);
        } else if (a.note(id).isPresent()) {
            notes.add(id);
        } else if (a.group(id).isPresent()) {
            if (groups.add(id)) {
                for (String child : a.childrenOf(id)) {
                    collect(a, child, components, groups, connections, notes);
                }
            }
        } else {
            throw new EditException("cannot delete '" + id + "': no such element");
        }
    }

    public Edit move(Collection<String> ids, double dx, double dy) {
        return new MoveEdit(new LinkedHashSet<>(ids), dx, dy);
    }

    public Edit resize(Architecture a, String id, double width, double height) {
        if (width <= 0 || height <= 0) {
            throw new EditException("a size must be positive");
        }
        Optional<Component> c = a.component(id);
        if (c.isPresent()) {
            return new ReplaceComponent(id, c.get().withSize(width, height), "Resize " + c.get().name());
        }
        Group g = a.group(id).orElseThrow(() -> new EditException("cannot resize '" + id + "': no such element"));
        return new ReplaceGroup(id, g.withBounds(g.x(), g.y(), width, height), "Resize " + g.label());
    }

    /** Renames a component, relabels a group or rewrites a note. */
    public Edit rename(Architecture a, String id, String newName) {
        if (newName == null || newName.isBlank()) {
            throw new EditException("a name cannot be empty");
        }
        Optional<Component> c = a.component(id);
        if (c.isPresent()) {
            return new ReplaceComponent(id, c.get().withName(newName), "Rename " + c.get().name() + " to " + newName);
        }
        Optional<Group> g = a.group(id);
        if (g.isPresent()) {
            return new ReplaceGroup(id, g.get().withLabel(newName), "Rename group to " + newName);
        }
        Note n = a.note(id).orElseThrow(() -> new EditException("cannot rename '" + id + "': no such element"));
        return new ReplaceNote(id, n.withText(newName), "Edit note");
    }

    /** Sets (or with {@code null}, unsets) a component property, checked against its spec. */
    public Edit setProperty(Architecture a, String componentId, String key, Object value) {
        Component c = a.component(componentId)
                .orElseThrow(() -> new EditException("no component '" + componentId + "'"));
        Optional<ComponentType> type = catalog.type(c.type());
        if (type.isPresent()) {
            PropertySpec spec = type.get().property(key).orElseThrow(() -> new EditException(
                    type.get().name() + " has no property '" + key + "'"));
            Object frozen = org.patternboard.model.design.Values.freeze(value);
            spec.check(frozen).ifPresent(msg -> {
                throw new EditException(c.name() + ": " + msg);
            });
        }
        return new ReplaceComponent(componentId, c.withProperty(key, value),
                "Set " + key + " of " + c.name());
    }

    /**
     * Connects two components. With {@code kind == null} the catalog's default kind for the pair is used.
     */
    public Edit connect(Architecture a, String fromId, String toId, ConnectionKind kind) {
        Component from = a.component(fromId).orElseThrow(() -> new EditException("no component '" + fromId + "'"));
        Component to = a.component(toId).orElseThrow(() -> new EditException("no component '" + toId + "'"));
        ConnectionKind k = kind != null ? kind : catalog.defaultKind(from.type(), to.type())
                .orElseThrow(() -> new EditException(catalog.whyIllegal(from.type(), ConnectionKind.INVOKES, to.type())
                        .orElse("these components cannot be connected")));
        catalog.whyIllegal(from.type(), k, to.type()).ifPresent(reason -> {
            throw new EditException(reason);
        });
        String id = Ids.fresh(a, "c");
        return new ReplaceConnection(id, Connection.of(id, fromId, toId, k),
                "Connect " + from.name() + " " + k.id() + " " + to.name());
    }

    public Edit changeKind(Architecture a, String connectionId, ConnectionKind kind) {
        Connection c = a.connection(connectionId).orElseThrow(() -> new EditException("no connection '" + connectionId + "'"));
        String fromType = a.component(c.from()).map(Component::type).orElse("?");
        String toType = a.component(c.to()).map(Component::type).orElse("?");
        catalog.whyIllegal(fromType, kind, toType).ifPresent(reason -> {
            throw new EditException(reason);
        });
        return new ReplaceConnection(connectionId, c.withKind(kind), "Change connection to " + kind.id());
    }

    public Edit setConnectionProperty(Architecture a, String connectionId, String key, Object value) {
        Connection c = a.connection(connectionId).orElseThrow(() -> new EditException("no connection '" + connectionId + "'"));
        String fromType = a.component(c.from()).map(Component::type).orElse("?");
        String toType = a.component(c.to()).map(Component::type).orElse("?");
        List<PropertySpec> specs = catalog.connectionProperties(fromType, c.kind(), toType);
        PropertySpec spec = specs.stream().filter(s -> s.id().equals(key)).findFirst()
                .orElseThrow(() -> new EditException("a '" + c.kind().id() + "' connection has no property '" + key + "'"));
        spec.check(org.patternboard.model.design.Values.freeze(value)).ifPresent(msg -> {
            throw new EditException(msg);
        });
        return new ReplaceConnection(connectionId, c.withProperty(key, value), "Set " + key + " of connection");
    }

    /** Puts components (and groups) into a new group sized around them. */
    public Edit group(Architecture a, Collection<String> ids, GroupKind kind, String label) {
        if (ids.isEmpty()) {
            throw new EditException("nothing to group");
        }
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        List<Edit> steps = new ArrayList<>();
        String groupId = Ids.fresh(a, "g");
        String commonParent = null;
        boolean first = true;
        for (String id : new TreeSet<>(ids)) {
            Optional<Component> c = a.component(id);
            Optional<Group> g = a.group(id);
            if (c.isPresent()) {
                Component comp = c.get();
                minX = Math.min(minX, comp.x());
                minY = Math.min(minY, comp.y());
                maxX = Math.max(maxX, comp.x() + comp.effectiveWidth());
                maxY = Math.max(maxY, comp.y() + comp.effectiveHeight());
                commonParent = first ? comp.parent() : (java.util.Objects.equals(commonParent, comp.parent()) ? commonParent : null);
                steps.add(new ReplaceComponent(id, comp.withParent(groupId), "Group"));
            } else if (g.isPresent()) {
                Group grp = g.get();
                minX = Math.min(minX, grp.x());
                minY = Math.min(minY, grp.y());
                maxX = Math.max(maxX, grp.x() + grp.width());
                maxY = Math.max(maxY, grp.y() + grp.height());
                commonParent = first ? grp.parent() : (java.util.Objects.equals(commonParent, grp.parent()) ? commonParent : null);
                steps.add(new ReplaceGroup(id, grp.withParent(groupId), "Group"));
            } else {
                throw new EditException("cannot group '" + id + "': not a component or group");
            }
            first = false;
        }
        Group group = new Group(groupId, kind, label, null, minX - GROUP_PADDING, minY - GROUP_PADDING,
                maxX - minX + 2 * GROUP_PADDING, maxY - minY + 2 * GROUP_PADDING, commonParent, false, Map.of());
        steps.add(0, new ReplaceGroup(groupId, group, "Add group"));
        return new CompoundEdit("Group " + ids.size() + " items", steps);
    }

    /** Removes a group but keeps its contents, which move up to the group's parent. */
    public Edit ungroup(Architecture a, String groupId) {
        Group g = a.group(groupId).orElseThrow(() -> new EditException("no group '" + groupId + "'"));
        List<Edit> steps = new ArrayList<>();
        for (String child : a.childrenOf(groupId)) {
            a.component(child).ifPresent(c -> steps.add(new ReplaceComponent(child, c.withParent(g.parent()), "Ungroup")));
            a.group(child).ifPresent(c -> steps.add(new ReplaceGroup(child, c.withParent(g.parent()), "Ungroup")));
        }
        steps.add(new ReplaceGroup(groupId, null, "Remove group"));
        return new CompoundEdit("Ungroup " + (g.label().isBlank() ? groupId : g.label()), steps);
    }

    /** Moves a component into a group (or, with {@code null}, out of any group). */
    public Edit setParent(Architecture a, String componentId, String groupId) {
        Component c = a.component(componentId).orElseThrow(() -> new EditException("no component '" + componentId + "'"));
        if (groupId != null && a.group(groupId).isEmpty()) {
            throw new EditException("no group '" + groupId + "'");
        }
        return new ReplaceComponent(componentId, c.withParent(groupId), groupId == null ? "Take out of group" : "Put into group");
    }

    public Edit setCollapsed(Architecture a, String groupId, boolean collapsed) {
        Group g = a.group(groupId).orElseThrow(() -> new EditException("no group '" + groupId + "'"));
        return new ReplaceGroup(groupId, g.withCollapsed(collapsed), (collapsed ? "Collapse " : "Expand ") + g.label());
    }

    public Edit addNote(Architecture a, String text, double x, double y) {
        String id = Ids.fresh(a, "n");
        return new ReplaceNote(id, Note.of(id, text, x, y), "Add note");
    }

    /** Suppresses a rule for a target with a reason (mandatory: reviews read it). */
    public Edit suppress(Architecture a, String ruleId, String target, String reason) {
        Suppression s;
        try {
            s = new Suppression(ruleId, target, reason);
        } catch (IllegalArgumentException e) {
            throw new EditException(e.getMessage());
        }
        List<Suppression> list = new ArrayList<>(a.suppressions());
        list.removeIf(x -> x.rule().equals(ruleId) && x.target().equals(s.target()));
        list.add(s);
        return new SetDocument(a.name(), a.description(), list, a.extra(), "Suppress " + ruleId);
    }

    public Edit unsuppress(Architecture a, String ruleId, String target) {
        List<Suppression> list = new ArrayList<>(a.suppressions());
        list.removeIf(x -> x.rule().equals(ruleId) && x.target().equals(target));
        return new SetDocument(a.name(), a.description(), list, a.extra(), "Remove suppression of " + ruleId);
    }

    public Edit renameDesign(Architecture a, String name, String description) {
        return new SetDocument(name, description, a.suppressions(), a.extra(), "Rename design");
    }

    private static String defaultName(ComponentType type) {
        StringBuilder sb = new StringBuilder();
        for (String word : type.name().split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                sb.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return sb.length() == 0 ? "Component" : sb.toString();
    }
}
