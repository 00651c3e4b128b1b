package org.patternboard.model.edit;

import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;

/** Primitive: puts, replaces or (with {@code after == null}) removes one component. */
public record ReplaceComponent(String id, Component after, String description) implements Edit {
    @Override
    public Architecture apply(Architecture before) {
        return after == null ? before.withoutComponent(id) : before.withComponent(after);
    }

    @Override
    public Edit inverse(Architecture before) {
        return new ReplaceComponent(id, before.componentOrNull(id), "Undo " + description);
    }
}
