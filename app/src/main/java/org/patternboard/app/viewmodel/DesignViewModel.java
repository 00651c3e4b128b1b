package org.patternboard.app.viewmodel;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Group;
import org.patternboard.model.edit.CompoundEdit;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.EditException;
import org.patternboard.model.edit.EditHistory;
import org.patternboard.model.edit.Edits;
import org.patternboard.model.edit.MoveEdit;

/**
 * The state behind the window: the current design (through the model's {@link EditHistory}, so every change
 * is an {@link Edit} and undo is always right), the selection, the latest findings (computed off the UI
 * thread), the file and the dirty flag. Uses JavaFX beans only, no scene graph, so it is testable headless.
 */
public final class DesignViewModel {
    private final Catalog catalog;
    private final Edits edits;
    private final EditHistory history;
    private final BlockCatalog blocks;
    private final BackgroundChecker checker;

    private final ReadOnlyObjectWrapper<Architecture> design = new ReadOnlyObjectWrapper<>(this, "design");
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>(this, "selection", Selection.empty());
    private final ReadOnlyObjectWrapper<DesignCheck> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper checkError = new ReadOnlyStringWrapper(this, "checkError", "");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final ReadOnlyObjectWrapper<ExportNotice> lastExport = new ReadOnlyObjectWrapper<>(this, "lastExport");
    /** What is being dragged from the palette (a type id or "block:" + block id), or null. */
    private final ObjectProperty<String> paletteDrag = new SimpleObjectProperty<>(this, "paletteDrag");

    /**
     * @param checker the rule engine, or null when none is available (the findings panel says so)
     * @param ui where results computed in the background are handed over (Platform::runLater in the app)
     */
    public DesignViewModel(Catalog catalog, BlockCatalog blocks, DesignChecker checker, Executor ui, Architecture initial) {
        this.catalog = Objects.requireNonNull(catalog);
        this.edits = new Edits(catalog);
        this.blocks = blocks;
        this.history = new EditHistory(initial);
        this.design.set(initial);
        this.checker = checker == null ? null : new BackgroundChecker(checker, ui, this::publish, e -> {
            checkError.set("The rule engine failed: " + e);
        });
        history.addListener(this::changed);
        if (this.checker != null) {
            this.checker.submit(initial);
        }
        refreshFlags();
    }

    private void changed(Architecture next) {
        design.set(next);
        // Drop selected ids that no longer exist (after delete, undo of an add, …).
        Selection s = selection.get();
        if (!s.isEmpty()) {
            Set<String> kept = new LinkedHashSet<>();
            for (String id : s.ids()) {
                if (next.hasElement(id)) {
                    kept.add(id);
                }
            }
            if (kept.size() != s.size()) {
                selection.set(Selection.of(kept));
            }
        }
        refreshFlags();
        if (checker != null) {
            checker.submit(next);
        }
    }

    private void publish(DesignCheck result) {
        checkError.set("");
        check.set(result);
    }

    private void refreshFlags() {
        dirty.set(history.isDirty());
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        undoText.set(history.undoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(history.redoDescription().map(d -> "Redo " + d).orElse("Redo"));
    }

    // ---- state ----

    public Catalog catalog() {
        return catalog;
    }

    public Edits edits() {
        return edits;
    }

    public BlockCatalog blocks() {
        return blocks;
    }

    public Architecture design() {
        return design.get();
    }

    public ReadOnlyObjectProperty<Architecture> designProperty() {
        return design.getReadOnlyProperty();
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public Selection selection() {
        return selection.get();
    }

    public void select(Selection s) {
        selection.set(s);
    }

    public ReadOnlyObjectProperty<DesignCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** Whether a rule engine is wired (false: the findings panel explains that there is none). */
    public boolean hasChecker() {
        return checker != null;
    }

    /** True when the findings shown belong to the current design. */
    public boolean isCheckCurrent() {
        return checker == null || (checker.isIdle() && check.get() != null && check.get().design() == design());
    }

    public ReadOnlyStringProperty checkErrorProperty() {
        return checkError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** The latest notice for the status bar ("a queue cannot invoke a bucket", "Saved …"). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void notify(String text) {
        // Re-set so listeners fire even when the same message repeats.
        message.set("");
        message.set(text);
    }

    /** After an export: the full path and the open findings on the status bar, with "Open folder". */
    public void exported(Path written) {
        ExportNotice notice = ExportNotice.of(written, checkProperty().get());
        lastExport.set(notice);
        notify(notice.text());
    }

    public ReadOnlyObjectProperty<ExportNotice> lastExportProperty() {
        return lastExport.getReadOnlyProperty();
    }

    /** Where an export dialog starts: the last export's folder, else the design's own. */
    public Path exportFolder() {
        if (lastExport.get() != null) {
            return lastExport.get().folder();
        }
        Path f = file.get();
        return f == null || f.toAbsolutePath().getParent() == null ? null : f.toAbsolutePath().getParent();
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObjectProperty<String> paletteDragProperty() {
        return paletteDrag;
    }

    // ---- changing the design: only through edits ----

    /** Applies an edit; a refused edit changes nothing and its reason goes to the status bar. */
    public boolean apply(Edit edit) {
        if (edit == null) {
            return false;
        }
        try {
            history.apply(edit);
            return true;
        } catch (EditException e) {
            notify(e.getMessage());
            return false;
        }
    }

    /** Builds an edit against the current design and applies it; a refusal while building is reported too. */
    public boolean edit(Function<Architecture, Edit> build) {
        try {
            return apply(build.apply(design()));
        } catch (EditException e) {
            notify(e.getMessage());
            return false;
        }
    }

    /** Ends a continuous gesture: the next move starts a new undo step. */
    public void closeMerge() {
        history.closeMerge();
    }

    public void undo() {
        if (history.canUndo()) {
            String what = history.undoDescription().orElse("");
            history.undo();
            notify("Undid " + what);
        }
    }

    public void redo() {
        if (history.canRedo()) {
            String what = history.redoDescription().orElse("");
            history.redo();
            notify("Redid " + what);
        }
    }

    /** Replaces the document (new, open, recover): history starts over and the document counts as saved. */
    public void open(Architecture a, Path source) {
        selection.set(Selection.empty());
        file.set(source);
        history.reset(a);
        refreshFlags();
    }

    public void markSaved(Path target) {
        history.markSaved();
        file.set(target);
        refreshFlags();
    }

    /** Marks the document as unsaved (e.g. opened from a recovery file). */
    public boolean isDirty() {
        return history.isDirty();
    }

    // ---- user-level operations ----

    public void selectAll() {
        Set<String> all = new LinkedHashSet<>();
        Architecture a = design();
        a.components().forEach(c -> all.add(c.id()));
        a.groups().forEach(g -> all.add(g.id()));
        a.notes().forEach(n -> all.add(n.id()));
        a.connections().forEach(c -> all.add(c.id()));
        select(Selection.of(all));
    }

    public boolean deleteSelection() {
        Selection s = selection();
        if (s.isEmpty()) {
            return false;
        }
        return edit(a -> edits.remove(a, s.ids()));
    }

    /**
     * The ids a move of the selection really moves: selected components, notes and groups, plus everything
     * inside the selected groups (a frame carries its contents).
     */
    public Set<String> movableIds(Set<String> ids) {
        Architecture a = design();
        Set<String> result = new LinkedHashSet<>();
        for (String id : ids) {
            addMovable(a, id, result, new HashSet<>());
        }
        return result;
    }

    private static void addMovable(Architecture a, String id, Set<String> out, Set<String> seen) {
        if (!seen.add(id)) {
            return;
        }
        if (a.component(id).isPresent() || a.note(id).isPresent()) {
            out.add(id);
        } else if (a.group(id).isPresent()) {
            out.add(id);
            for (String child : a.childrenOf(id)) {
                addMovable(a, child, out, seen);
            }
        }
    }

    /** Moves the given ids (already expanded) by an offset; consecutive calls merge until {@link #closeMerge()}. */
    public boolean move(Set<String> ids, double dx, double dy) {
        if (ids.isEmpty() || (dx == 0 && dy == 0)) {
            return false;
        }
        return apply(new MoveEdit(ids, dx, dy));
    }

    /**
     * Ends a drag of {@code moved} by (dx, dy) in total. Components dropped into a frame join it and components
     * dragged out of their frame leave it, in the same undo step as the move.
     */
    public void finishMove(Set<String> moved, double dx, double dy) {
        history.closeMerge();
        Architecture a = design();
        java.util.List<Edit> reparent = new java.util.ArrayList<>();
        for (String id : moved) {
            Component c = a.componentOrNull(id);
            if (c == null || (c.parent() != null && moved.contains(c.parent()))) {
                continue; // not a component, or carried along by its moving frame
            }
            String target = innermostGroupAt(c.x() + c.effectiveWidth() / 2, c.y() + c.effectiveHeight() / 2, moved);
            if (!Objects.equals(target, c.parent())) {
                reparent.add(edits.setParent(a, id, target));
            }
        }
        if (reparent.isEmpty() || !history.canUndo()) {
            return;
        }
        history.undo(); // the merged move, replayed below together with the parent changes
        java.util.List<Edit> steps = new java.util.ArrayList<>();
        steps.add(new MoveEdit(moved, dx, dy));
        steps.addAll(reparent);
        apply(new CompoundEdit(steps.get(0).description(), steps));
        history.closeMerge();
    }

    /** Adds a component of a catalog type at a world point (its top-left corner) and selects it. */
    public String addComponent(String typeId, double x, double y) {
        return addComponent(typeId, null, java.util.Map.of(), x, y);
    }

    /** Adds a generic card for a CloudFormation type without a curated component, named after the type. */
    public String addResource(String cfnType, double x, double y) {
        String[] parts = cfnType.split("::");
        return addComponent(ComponentType.GENERIC_ID, parts[parts.length - 1], java.util.Map.of("resourceType", cfnType), x, y);
    }

    private String addComponent(String typeId, String name, java.util.Map<String, Object> properties, double x, double y) {
        Architecture a = design();
        Edit add;
        try {
            add = edits.addComponent(a, typeId, name, x, y);
        } catch (EditException e) {
            notify(e.getMessage());
            return null;
        }
        Architecture after = add.apply(a);
        String added = null;
        for (Component c : after.components()) {
            if (a.component(c.id()).isEmpty()) {
                added = c.id();
            }
        }
        java.util.List<Edit> steps = new java.util.ArrayList<>(java.util.List.of(add));
        for (java.util.Map.Entry<String, Object> p : properties.entrySet()) {
            Edit set = edits.setProperty(after, added, p.getKey(), p.getValue());
            steps.add(set);
            after = set.apply(after);
        }
        Component c = after.componentOrNull(added);
        // Dropped inside a frame: it belongs to that frame (one undo step with the add).
        String frame = innermostGroupAt(c.x() + c.effectiveWidth() / 2, c.y() + c.effectiveHeight() / 2);
        if (frame != null) {
            steps.add(edits.setParent(after, added, frame));
        }
        Edit edit = steps.size() == 1 ? add : new CompoundEdit(add.description(), steps);
        if (!apply(edit)) {
            return null;
        }
        select(Selection.of(added));
        return added;
    }

    /** The innermost expanded group whose frame contains the point, or null. */
    public String innermostGroupAt(double x, double y) {
        return innermostGroupAt(x, y, Set.of());
    }

    private String innermostGroupAt(double x, double y, Set<String> excluded) {
        String best = null;
        double bestArea = Double.MAX_VALUE;
        for (Group g : design().groups()) {
            if (!g.collapsed() && !excluded.contains(g.id()) && x >= g.x() && x <= g.x() + g.width() && y >= g.y() && y <= g.y() + g.height()) {
                double area = g.width() * g.height();
                if (area < bestArea) {
                    bestArea = area;
                    best = g.id();
                }
            }
        }
        return best;
    }

    /** Inserts a pattern block with its frame's top-left corner at (x, y) and selects the new frame. */
    public boolean insertBlock(String blockId, double x, double y) {
        if (blocks == null) {
            notify("No pattern blocks are available");
            return false;
        }
        try {
            BlockCatalog.Inserted ins = blocks.insert(design(), blockId, x, y);
            if (apply(ins.edit())) {
                select(Selection.of(ins.newIds()));
                return true;
            }
            return false;
        } catch (EditException | IllegalArgumentException e) {
            notify(e.getMessage());
            return false;
        }
    }

    /** Pastes a fragment moved by (dx, dy) and selects what was pasted. */
    public boolean paste(Architecture fragment, double dx, double dy) {
        if (fragment == null || (fragment.components().isEmpty() && fragment.notes().isEmpty() && fragment.groups().isEmpty())) {
            return false;
        }
        Fragments.Pasted p = Fragments.paste(design(), fragment, dx, dy);
        if (apply(p.edit())) {
            select(Selection.of(p.newIds()));
            return true;
        }
        return false;
    }

    public Architecture copySelection() {
        Selection s = selection();
        return s.isEmpty() ? null : Fragments.extract(design(), s.ids());
    }

    public boolean duplicateSelection() {
        return paste(copySelection(), 40, 40);
    }
}
