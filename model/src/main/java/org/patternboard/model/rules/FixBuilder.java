package org.patternboard.model.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.edit.CompoundEdit;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.EditException;
import org.patternboard.model.edit.Edits;
import org.patternboard.model.edit.Ids;

/**
 * Builds a quick fix step by step from the checked {@link Edits} factory, applying each step to a running
 * document so that later steps (a connection to a component added a step earlier) see earlier ones.
 */
public final class FixBuilder {
    private static final double OFFSET_X = 220;
    private static final double OFFSET_Y = 110;

    private final Edits edits;
    private final List<Edit> steps = new ArrayList<>();
    private Architecture current;

    public FixBuilder(Architecture start, Catalog catalog) {
        this.current = start;
        this.edits = new Edits(catalog);
    }

    public Architecture current() {
        return current;
    }

    public Component component(String id) {
        return current.component(id).orElseThrow(() -> new EditException("'" + id + "' no longer exists"));
    }

    private void step(Edit e) {
        current = e.apply(current);
        steps.add(e);
    }

    public FixBuilder set(String componentId, String key, Object value) {
        step(edits.setProperty(current, componentId, key, value));
        return this;
    }

    public FixBuilder setOnConnection(String connectionId, String key, Object value) {
        step(edits.setConnectionProperty(current, connectionId, key, value));
        return this;
    }

    /**
     * Adds a component of a catalog type next to {@code near}, named after it ({@code OrdersQueue} +
     * {@code DLQ}), and returns its id.
     */
    public String addNear(String near, String type, String nameSuffix, Map<String, Object> properties) {
        return add(near, type, component(near).name() + nameSuffix, properties);
    }

    /** Adds a component of a catalog type next to {@code near} with a unique name based on {@code name}. */
    public String add(String near, String type, String name, Map<String, Object> properties) {
        Component anchor = component(near);
        String id = Ids.fresh(current, Ids.prefixFor(type));
        String unique = Ids.uniqueName(current, name, Set.of());
        Component c = Component.of(id, type, unique, anchor.x() + OFFSET_X, anchor.y() + OFFSET_Y)
                .withParent(anchor.parent());
        step(edits.add(current, c));
        properties.forEach((k, v) -> set(id, k, v));
        return id;
    }

    /** Connects two components with a checked kind and returns the connection's id. */
    public String connect(String from, String to, ConnectionKind kind, Map<String, Object> properties) {
        Edit e = edits.connect(current, from, to, kind);
        String before = Ids.fresh(current, "c");
        step(e);
        properties.forEach((k, v) -> setOnConnection(before, k, v));
        return before;
    }

    /** Changes a connection to another kind, checked against the catalog. */
    public FixBuilder changeKind(String connectionId, ConnectionKind kind) {
        step(edits.changeKind(current, connectionId, kind));
        return this;
    }

    public FixBuilder remove(String id) {
        step(edits.remove(current, List.of(id)));
        return this;
    }

    public Edit build(String description) {
        if (steps.isEmpty()) {
            throw new EditException("nothing to fix");
        }
        return steps.size() == 1 ? steps.get(0) : new CompoundEdit(description, steps);
    }
}
