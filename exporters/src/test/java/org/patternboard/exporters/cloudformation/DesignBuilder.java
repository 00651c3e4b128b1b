package org.patternboard.exporters.cloudformation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;

/** Builds designs for tests in a few lines. */
public final class DesignBuilder {
    private final String name;
    private final List<Component> components = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<Group> groups = new ArrayList<>();

    public DesignBuilder(String name) {
        this.name = name;
    }

    public DesignBuilder component(String id, String type, String displayName) {
        return component(id, type, displayName, Map.of());
    }

    public DesignBuilder component(String id, String type, String displayName, Map<String, Object> properties) {
        components.add(new Component(id, type, displayName, components.size() * 200.0, 0, null, null, null,
                properties, Map.of()));
        return this;
    }

    public DesignBuilder componentIn(String group, String id, String type, String displayName, Map<String, Object> properties) {
        components.add(new Component(id, type, displayName, components.size() * 200.0, 0, null, null, group,
                properties, Map.of()));
        return this;
    }

    public DesignBuilder group(Group g) {
        groups.add(g);
        return this;
    }

    public DesignBuilder connect(String id, String from, String kind, String to) {
        return connect(id, from, kind, to, Map.of());
    }

    public DesignBuilder connect(String id, String from, String kind, String to, Map<String, Object> properties) {
        connections.add(new Connection(id, from, to, ConnectionKind.fromId(kind), new LinkedHashMap<>(properties), Map.of()));
        return this;
    }

    public boolean has(String id) {
        return components.stream().anyMatch(c -> c.id().equals(id));
    }

    public int size() {
        return components.size();
    }

    public Architecture build() {
        return Architecture.of(name, "", components, connections, groups, List.of(), List.of(), Map.of());
    }
}
