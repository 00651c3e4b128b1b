package org.patternboard.model.design;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.patternboard.model.story.Story;

/**
 * An immutable design document. Every change produces a new instance (through an edit), so a reference
 * is a snapshot that undo, the rule engine and the exporters can hold without copying.
 * Elements are kept ordered by id, the order the file format writes them in.
 */
public final class Architecture {
    public static final int CURRENT_SCHEMA_VERSION = 1;

    private final int schemaVersion;
    private final String name;
    private final String description;
    private final SortedMap<String, Component> components;
    private final SortedMap<String, Connection> connections;
    private final SortedMap<String, Group> groups;
    private final SortedMap<String, Note> notes;
    private final List<Suppression> suppressions;
    private final Map<String, Object> extra;
    /** The presenter's saved slides; null until a story is saved (most designs have none). */
    private final Story story;

    // Derived lookups, built on first use; safe because the document never changes.
    private volatile Map<String, List<Connection>> outgoing;
    private volatile Map<String, List<Connection>> incoming;

    private Architecture(int schemaVersion, String name, String description, SortedMap<String, Component> components,
            SortedMap<String, Connection> connections, SortedMap<String, Group> groups, SortedMap<String, Note> notes,
            List<Suppression> suppressions, Map<String, Object> extra, Story story) {
        this.schemaVersion = schemaVersion;
        this.name = name == null ? "" : name;
        this.description = description == null ? "" : description;
        this.components = components;
        this.connections = connections;
        this.groups = groups;
        this.notes = notes;
        this.suppressions = suppressions;
        this.extra = Values.freezeMap(extra);
        this.story = story;
    }

    public static Architecture empty(String name) {
        return new Architecture(CURRENT_SCHEMA_VERSION, name, "", sorted(List.of(), Component::id),
                sorted(List.of(), Connection::id), sorted(List.of(), Group::id), sorted(List.of(), Note::id), List.of(), Map.of(), null);
    }

    public static Architecture of(String name, String description, Collection<Component> components,
            Collection<Connection> connections, Collection<Group> groups, Collection<Note> notes,
            Collection<Suppression> suppressions, Map<String, Object> extra) {
        return new Architecture(CURRENT_SCHEMA_VERSION, name, description, sorted(components, Component::id),
                sorted(connections, Connection::id), sorted(groups, Group::id), sorted(notes, Note::id),
                sortedSuppressions(suppressions), extra, null);
    }

    private static <T> SortedMap<String, T> sorted(Collection<T> items, java.util.function.Function<T, String> id) {
        TreeMap<String, T> map = new TreeMap<>();
        for (T item : items) {
            if (map.put(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate id '" + id.apply(item) + "'");
            }
        }
        return Collections.unmodifiableSortedMap(map);
    }

    private static List<Suppression> sortedSuppressions(Collection<Suppression> items) {
        List<Suppression> list = new ArrayList<>(items);
        Collections.sort(list);
        return List.copyOf(list);
    }

    public int schemaVersion() {
        return schemaVersion;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Collection<Component> components() {
        return components.values();
    }

    public Collection<Connection> connections() {
        return connections.values();
    }

    public Collection<Group> groups() {
        return groups.values();
    }

    public Collection<Note> notes() {
        return notes.values();
    }

    public List<Suppression> suppressions() {
        return suppressions;
    }

    /** Top-level fields this version does not know (or that tools such as the pattern library add). */
    public Map<String, Object> extra() {
        return extra;
    }

    /** The saved presentation story, if the presenter saved one (see {@code StoryGenerator#storyOf}). */
    public Optional<Story> story() {
        return Optional.ofNullable(story);
    }

    public Optional<Component> component(String id) {
        return Optional.ofNullable(components.get(id));
    }

    public Optional<Connection> connection(String id) {
        return Optional.ofNullable(connections.get(id));
    }

    public Optional<Group> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    public Optional<Note> note(String id) {
        return Optional.ofNullable(notes.get(id));
    }

    public Component componentOrNull(String id) {
        return components.get(id);
    }

    public boolean hasElement(String id) {
        return components.containsKey(id) || connections.containsKey(id) || groups.containsKey(id) || notes.containsKey(id);
    }

    public int size() {
        return components.size();
    }

    /** Connections leaving a component, ordered by id. */
    public List<Connection> outgoing(String componentId) {
        if (outgoing == null) {
            buildIndex();
        }
        return outgoing.getOrDefault(componentId, List.of());
    }

    /** Connections arriving at a component, ordered by id. */
    public List<Connection> incoming(String componentId) {
        if (incoming == null) {
            buildIndex();
        }
        return incoming.getOrDefault(componentId, List.of());
    }

    /** Every connection that starts or ends at the component. */
    public List<Connection> connectionsOf(String componentId) {
        List<Connection> all = new ArrayList<>(outgoing(componentId));
        for (Connection c : incoming(componentId)) {
            if (!c.from().equals(c.to())) {
                all.add(c);
            }
        }
        return all;
    }

    private synchronized void buildIndex() {
        if (outgoing != null) {
            return;
        }
        Map<String, List<Connection>> out = new HashMap<>();
        Map<String, List<Connection>> in = new HashMap<>();
        for (Connection c : connections.values()) {
            out.computeIfAbsent(c.from(), k -> new ArrayList<>()).add(c);
            in.computeIfAbsent(c.to(), k -> new ArrayList<>()).add(c);
        }
        incoming = in;
        outgoing = out;
    }

    /** Components and groups whose parent is the given group. */
    public List<String> childrenOf(String groupId) {
        List<String> result = new ArrayList<>();
        for (Component c : components.values()) {
            if (groupId.equals(c.parent())) {
                result.add(c.id());
            }
        }
        for (Group g : groups.values()) {
            if (groupId.equals(g.parent())) {
                result.add(g.id());
            }
        }
        return result;
    }

    // ---- withers: each returns a new document ----

    public Architecture withComponent(Component c) {
        return new Architecture(schemaVersion, name, description, put(components, c.id(), c), connections, groups, notes,
                suppressions, extra, story);
    }

    public Architecture withoutComponent(String id) {
        return new Architecture(schemaVersion, name, description, remove(components, id), connections, groups, notes,
                suppressions, extra, story);
    }

    public Architecture withConnection(Connection c) {
        return new Architecture(schemaVersion, name, description, components, put(connections, c.id(), c), groups, notes,
                suppressions, extra, story);
    }

    public Architecture withoutConnection(String id) {
        return new Architecture(schemaVersion, name, description, components, remove(connections, id), groups, notes,
                suppressions, extra, story);
    }

    public Architecture withGroup(Group g) {
        return new Architecture(schemaVersion, name, description, components, connections, put(groups, g.id(), g), notes,
                suppressions, extra, story);
    }

    public Architecture withoutGroup(String id) {
        return new Architecture(schemaVersion, name, description, components, connections, remove(groups, id), notes,
                suppressions, extra, story);
    }

    public Architecture withNote(Note n) {
        return new Architecture(schemaVersion, name, description, components, connections, groups, put(notes, n.id(), n),
                suppressions, extra, story);
    }

    public Architecture withoutNote(String id) {
        return new Architecture(schemaVersion, name, description, components, connections, groups, remove(notes, id),
                suppressions, extra, story);
    }

    public Architecture withSuppressions(Collection<Suppression> list) {
        return new Architecture(schemaVersion, name, description, components, connections, groups, notes,
                sortedSuppressions(list), extra, story);
    }

    public Architecture withName(String newName) {
        return new Architecture(schemaVersion, newName, description, components, connections, groups, notes, suppressions,
                extra, story);
    }

    public Architecture withDescription(String newDescription) {
        return new Architecture(schemaVersion, name, newDescription, components, connections, groups, notes, suppressions,
                extra, story);
    }

    public Architecture withExtra(Map<String, Object> newExtra) {
        return new Architecture(schemaVersion, name, description, components, connections, groups, notes, suppressions,
                newExtra, story);
    }

    /** The same design with a saved story (null: none saved). */
    public Architecture withStory(Story newStory) {
        return new Architecture(schemaVersion, name, description, components, connections, groups, notes, suppressions,
                extra, newStory);
    }

    /** The same content stamped with a schema version (used by the reader for migrated files). */
    public Architecture withSchemaVersion(int version) {
        return new Architecture(version, name, description, components, connections, groups, notes, suppressions, extra, story);
    }

    private static <T> SortedMap<String, T> put(SortedMap<String, T> map, String id, T value) {
        TreeMap<String, T> copy = new TreeMap<>(map);
        copy.put(id, value);
        return Collections.unmodifiableSortedMap(copy);
    }

    private static <T> SortedMap<String, T> remove(SortedMap<String, T> map, String id) {
        if (!map.containsKey(id)) {
            return map;
        }
        TreeMap<String, T> copy = new TreeMap<>(map);
        copy.remove(id);
        return Collections.unmodifiableSortedMap(copy);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Architecture a)) {
            return false;
        }
        return schemaVersion == a.schemaVersion && name.equals(a.name) && description.equals(a.description)
                && components.equals(a.components) && connections.equals(a.connections) && groups.equals(a.groups)
                && notes.equals(a.notes) && suppressions.equals(a.suppressions) && extra.equals(a.extra)
                && Objects.equals(story, a.story);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, components, connections, groups, notes, suppressions);
    }

    @Override
    public String toString() {
        return "Architecture[" + name + ", " + components.size() + " components, " + connections.size() + " connections]";
    }
}
