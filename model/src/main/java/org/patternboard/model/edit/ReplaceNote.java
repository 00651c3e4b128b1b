package org.patternboard.model.edit;

import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Note;

/** Primitive: puts, replaces or (with {@code after == null}) removes one note. */
public record ReplaceNote(String id, Note after, String description) implements Edit {
    @Override
    public Architecture apply(Architecture before) {
        return after == null ? before.withoutNote(id) : before.withNote(after);
    }

    @Override
    public Edit inverse(Architecture before) {
        return new ReplaceNote(id, before.note(id).orElse(null), "Undo " + description);
    }
}
