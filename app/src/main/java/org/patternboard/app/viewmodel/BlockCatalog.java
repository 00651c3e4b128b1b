package org.patternboard.app.viewmodel;

import java.util.List;
import java.util.Set;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.edit.Edit;

/** The pattern blocks the palette offers, and how one is inserted into a design. */
public interface BlockCatalog {
    List<BlockInfo> blocks();

    /** The insertion as one undoable edit, with the block frame's top-left corner at (x, y). */
    Inserted insert(Architecture target, String blockId, double x, double y);

    /** An insertion and the new frame's id (to select it). */
    record Inserted(Edit edit, Set<String> newIds) {
    }
}
