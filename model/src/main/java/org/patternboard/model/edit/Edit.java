package org.patternboard.model.edit;

import java.util.Optional;
import org.patternboard.model.design.Architecture;

/**
 * One change from one document to the next. The UI changes a design only through edits,
 * which is what keeps undo/redo right.
 */
public interface Edit {
    /** The next document; throws {@link EditException} when the edit does not fit {@code before}. */
    Architecture apply(Architecture before);

    /** The edit that turns {@code apply(before)} back into {@code before}. */
    Edit inverse(Architecture before);

    /** What the edit does, for the Undo/Redo menu items ("Move 3 items", "Rename OrdersQueue"). */
    String description();

    /** Joins this edit with the next one into a single undo step (continuous drags), when that makes sense. */
    default Optional<Edit> mergeWith(Edit next) {
        return Optional.empty();
    }
}
