package org.patternboard.model.edit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.patternboard.model.design.Architecture;

/** Several edits that undo and redo as one step. */
public record CompoundEdit(String description, List<Edit> edits) implements Edit {
    public CompoundEdit {
        edits = List.copyOf(edits);
    }

    @Override
    public Architecture apply(Architecture before) {
        Architecture a = before;
        for (Edit e : edits) {
            a = e.apply(a);
        }
        return a;
    }

    @Override
    public Edit inverse(Architecture before) {
        List<Edit> inverses = new ArrayList<>(edits.size());
        Architecture a = before;
        for (Edit e : edits) {
            inverses.add(e.inverse(a));
            a = e.apply(a);
        }
        Collections.reverse(inverses);
        return new CompoundEdit("Undo " + description, inverses);
    }
}
