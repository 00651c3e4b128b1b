package org.patternboard.model.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.patternboard.model.design.Architecture;

/**
 * The current design plus undo and redo stacks. Knows whether the design differs from the last save
 * (the dirty marker) and merges continuous gestures into one step until {@link #closeMerge()}.
 */
public final class EditHistory {
    private record Step(Edit edit, Edit inverse) {
    }

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private final List<Consumer<Architecture>> listeners = new ArrayList<>();
    private final int limit;
    private Architecture current;
    private boolean mergeOpen;
    /** The undo-stack depth at the last save; -1 when that state is gone (e.g. undone past and re-edited). */
    private int savedDepth;

    public EditHistory(Architecture initial) {
        this(initial, 1000);
    }

    public EditHistory(Architecture initial, int limit) {
        this.current = initial;
        this.limit = limit;
        this.savedDepth = 0;
    }

    public Architecture current() {
        return current;
    }

    /** Applies an edit; throws {@link EditException} (and changes nothing) when it does not fit. */
    public Architecture apply(Edit edit) {
        Architecture before = current;
        Architecture after = edit.apply(before);
        Step last = undo.peek();
        if (mergeOpen && last != null && redo.isEmpty() && undo.size() != savedDepth) {
            Optional<Edit> merged = last.edit.mergeWith(edit);
            if (merged.isPresent()) {
                undo.pop();
                undo.push(new Step(merged.get(), last.inverse));
                return commit(after);
            }
        }
        Edit inverse = edit.inverse(before);
        if (savedDepth > undo.size()) {
            savedDepth = -1; // the saved state was on the redo stack, which is now discarded
        }
        redo.clear();
        undo.push(new Step(edit, inverse));
        if (undo.size() > limit) {
            undo.removeLast();
            if (savedDepth >= 0) {
                savedDepth--;
            }
        }
        mergeOpen = true;
        return commit(after);
    }

    /** Ends the current gesture: the next edit starts a new undo step even if it could merge. */
    public void closeMerge() {
        mergeOpen = false;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(s -> s.edit.description());
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(s -> s.edit.description());
    }

    public Architecture undo() {
        if (undo.isEmpty()) {
            return current;
        }
        Step s = undo.pop();
        redo.push(s);
        mergeOpen = false;
        return commit(s.inverse.apply(current));
    }

    public Architecture redo() {
        if (redo.isEmpty()) {
            return current;
        }
        Step s = redo.pop();
        undo.push(s);
        mergeOpen = false;
        return commit(s.edit.apply(current));
    }

    /** Whether the design differs from what was last saved (or loaded). */
    public boolean isDirty() {
        return savedDepth != undo.size();
    }

    public void markSaved() {
        savedDepth = undo.size();
        mergeOpen = false;
    }

    /** Starts over with a new document (open, new): history is cleared, the document counts as saved. */
    public void reset(Architecture document) {
        undo.clear();
        redo.clear();
        savedDepth = 0;
        mergeOpen = false;
        commit(document);
    }

    public void addListener(Consumer<Architecture> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Architecture> listener) {
        listeners.remove(listener);
    }

    private Architecture commit(Architecture next) {
        current = next;
        for (Consumer<Architecture> l : List.copyOf(listeners)) {
            l.accept(next);
        }
        return next;
    }
}
