package org.patternboard.model.edit;

import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Group;

/** Primitive: puts, replaces or (with {@code after == null}) removes one group. */
public record ReplaceGroup(String id, Group after, String description) implements Edit {
    @Override
    public Architecture apply(Architecture before) {
        return after == null ? before.withoutGroup(id) : before.withGroup(after);
    }

    @Override
    public Edit inverse(Architecture before) {
        return new ReplaceGroup(id, before.group(id).orElse(null), "Undo " + description);
    }
}
