package org.patternboard.model.edit;

import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Connection;

/** Primitive: puts, replaces or (with {@code after == null}) removes one connection. */
public record ReplaceConnection(String id, Connection after, String description) implements Edit {
    @Override
    public Architecture apply(Architecture before) {
        return after == null ? before.withoutConnection(id) : before.withConnection(after);
    }

    @Override
    public Edit inverse(Architecture before) {
        return new ReplaceConnection(id, before.connection(id).orElse(null), "Undo " + description);
    }
}
