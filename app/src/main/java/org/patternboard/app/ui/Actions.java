package org.patternboard.app.ui;

import java.util.LinkedHashSet;
import java.util.Set;
import javafx.concurrent.Task;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import org.patternboard.app.canvas.DiagramCanvas;
import org.patternboard.app.layout.AutoLayout;
import org.patternboard.app.viewmodel.Arrange;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.app.viewmodel.Selection;
import org.patternboard.exporters.diagram.FreeSpace;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.GroupKind;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignFormatException;

/**
 * The editing commands behind menus, toolbar, shortcuts and the canvas context menu. When a text field has
 * the focus, clipboard, select-all and undo act on its text instead of the design.
 */
final class Actions {
    /** Copied fragments travel through the system clipboard as design JSON under this format. */
    static final DataFormat FRAGMENT = lookup("application/x-patternboard-fragment");

    private final DesignViewModel vm;
    private final DiagramCanvas canvas;
    private final Scene scene;
    private Architecture internalClipboard;
    private int pasteCount;
    private Task<Edit> layoutTask;

    Actions(DesignViewModel vm, DiagramCanvas canvas, Scene scene) {
        this.vm = vm;
        this.canvas = canvas;
        this.scene = scene;
    }

    private static DataFormat lookup(String id) {
        DataFormat f = DataFormat.lookupMimeType(id);
        return f != null ? f : new DataFormat(id);
    }

    private TextInputControl focusedText() {
        Node f = scene.getFocusOwner();
        return f instanceof TextInputControl t ? t : null;
    }

    void undo() {
        TextInputControl t = focusedText();
        if (t != null && t.isEditable()) {
            t.undo();
        } else {
            vm.undo();
        }
    }

    void redo() {
        TextInputControl t = focusedText();
        if (t != null && t.isEditable()) {
            t.redo();
        } else {
            vm.redo();
        }
    }

    void selectAll() {
        TextInputControl t = focusedText();
        if (t != null) {
            t.selectAll();
        } else {
            vm.selectAll();
        }
    }

    void delete() {
        TextInputControl t = focusedText();
        if (t != null) {
            t.deleteNextChar();
        } else {
            vm.deleteSelection();
        }
    }

    void copy() {
        TextInputControl t = focusedText();
        if (t != null) {
            t.copy();
            return;
        }
        Architecture fragment = vm.copySelection();
        if (fragment == null) {
            return;
        }
        internalClipboard = fragment;
        pasteCount = 0;
        try {
            ClipboardContent content = new ClipboardContent();
            String json = DesignFiles.toCanonicalJson(fragment);
            content.put(FRAGMENT, json);
            content.putString(json);
            Clipboard.getSystemClipboard().setContent(content);
        } catch (RuntimeException e) {
            // Some platforms (headless) have no system clipboard; the internal one still works.
        }
        vm.notify("Copied " + vm.selection().size() + (vm.selection().size() == 1 ? " item" : " items"));
    }

    void cut() {
        TextInputControl t = focusedText();
        if (t != null) {
            t.cut();
            return;
        }
        copy();
        vm.deleteSelection();
        pasteCount = -1; // paste puts a cut fragment back where it was
    }

    /** Pastes from the clipboard into free space near the view centre (a cut goes back where it was). */
    void paste() {
        TextInputControl t = focusedText();
        if (t != null) {
            t.paste();
            return;
        }
        Architecture fragment = clipboardFragment();
        if (fragment == null) {
            return;
        }
        pasteCount++;
        double[] extent = extent(fragment);
        if (pasteCount == 0 || extent == null) {
            vm.paste(fragment, 0, 0); // after a cut: back where it was
            return;
        }
        // Each paste lands in free space near the view centre, so copies never pile up on the original.
        Point2D c = canvas.viewCenterWorld();
        double[] at = FreeSpace.near(canvas.scene(), c.getX(), c.getY(), extent[2] - extent[0], extent[3] - extent[1], 20);
        vm.paste(fragment, at[0] - extent[0], at[1] - extent[1]);
    }

    /** minX, minY, maxX, maxY of a fragment's cards, frames and notes; null when it is empty. */
    private static double[] extent(Architecture fragment) {
        double[] e = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (var c : fragment.components()) {
            grow(e, c.x(), c.y(), c.effectiveWidth(), c.effectiveHeight());
        }
        for (var g : fragment.groups()) {
            grow(e, g.x(), g.y(), g.width(), g.height());
        }
        for (var n : fragment.notes()) {
            grow(e, n.x(), n.y(), n.width() == null ? 200 : n.width(), 60);
        }
        return e[0] == Double.MAX_VALUE ? null : e;
    }

    private static void grow(double[] e, double x, double y, double w, double h) {
        e[0] = Math.min(e[0], x);
        e[1] = Math.min(e[1], y);
        e[2] = Math.max(e[2], x + w);
        e[3] = Math.max(e[3], y + h);
    }

    /** Pastes with the fragment's top-left corner at a world point (context menu "Paste here"). */
    void pasteAt(Point2D world) {
        Architecture fragment = clipboardFragment();
        if (fragment == null) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        for (var c : fragment.components()) {
            minX = Math.min(minX, c.x());
            minY = Math.min(minY, c.y());
        }
        for (var g : fragment.groups()) {
            minX = Math.min(minX, g.x());
            minY = Math.min(minY, g.y());
        }
        for (var n : fragment.notes()) {
            minX = Math.min(minX, n.x());
            minY = Math.min(minY, n.y());
        }
        if (minX == Double.MAX_VALUE) {
            return;
        }
        vm.paste(fragment, world.getX() - minX, world.getY() - minY);
    }

    private Architecture clipboardFragment() {
        try {
            Clipboard cb = Clipboard.getSystemClipboard();
            Object json = cb.hasContent(FRAGMENT) ? cb.getContent(FRAGMENT) : null;
            if (json instanceof String s) {
                Architecture a = DesignFiles.parse(s, "clipboard");
                if (internalClipboard == null || !a.equals(internalClipboard)) {
                    internalClipboard = a;
                    pasteCount = 0;
                }
                return a;
            }
        } catch (DesignFormatException | RuntimeException e) {
            // fall back to the internal clipboard
        }
        return internalClipboard;
    }

    void duplicate() {
        vm.duplicateSelection();
    }

    void align(Arrange.Align how) {
        Edit e = Arrange.align(vm.design(), vm.selection().ids(), how);
        if (e == null) {
            vm.notify("Select two or more components to align");
        } else {
            vm.apply(e);
            vm.closeMerge();
        }
    }

    void distribute(boolean horizontally) {
        Edit e = Arrange.distribute(vm.design(), vm.selection().ids(), horizontally);
        if (e == null) {
            vm.notify("Select three or more components to distribute");
        } else {
            vm.apply(e);
            vm.closeMerge();
        }
    }

    /** Auto-layout with ELK, computed off the UI thread and applied as one undoable edit. */
    Task<Edit> autoLayout(boolean selectionOnly) {
        Architecture a = vm.design();
        Set<String> ids = new LinkedHashSet<>();
        if (selectionOnly) {
            for (String id : vm.selection().ids()) {
                if (a.component(id).isPresent()) {
                    ids.add(id);
                }
            }
            if (ids.size() < 2) {
                vm.notify("Select two or more components to lay them out");
                return null;
            }
        }
        if (layoutTask != null && layoutTask.isRunning()) {
            layoutTask.cancel();
        }
        vm.notify("Laying out\u2026");
        Task<Edit> task = new Task<>() {
            @Override
            protected Edit call() {
                return AutoLayout.layout(a, ids);
            }
        };
        task.setOnSucceeded(e -> {
            Edit edit = task.getValue();
            if (vm.design() != a) {
                vm.notify("The design changed during the layout; run it again");
            } else if (edit == null) {
                vm.notify("Already laid out");
            } else {
                vm.apply(edit);
                vm.closeMerge();
                vm.notify(edit.description() + " done (undo with Ctrl+Z)");
                if (!selectionOnly) {
                    canvas.fitToContent();
                }
            }
        });
        task.setOnFailed(e -> vm.notify("Layout failed: " + task.getException()));
        layoutTask = task;
        Thread t = new Thread(task, "patternboard-layout");
        t.setDaemon(true);
        t.start();
        return task;
    }

    void addNote(Point2D world) {
        Point2D at = world == null ? canvas.viewCenterWorld() : world;
        Architecture before = vm.design();
        if (vm.edit(a -> vm.edits().addNote(a, "New note", at.getX(), at.getY()))) {
            vm.design().notes().stream().filter(n -> before.note(n.id()).isEmpty()).findFirst()
                    .ifPresent(n -> vm.select(Selection.of(n.id())));
        }
    }

    void groupSelection() {
        Set<String> ids = new LinkedHashSet<>();
        Architecture a = vm.design();
        for (String id : vm.selection().ids()) {
            if (a.component(id).isPresent() || a.group(id).isPresent()) {
                ids.add(id);
            }
        }
        if (ids.isEmpty()) {
            vm.notify("Select components to put in a frame");
            return;
        }
        Architecture before = vm.design();
        if (vm.edit(x -> vm.edits().group(x, ids, GroupKind.FREE, "Group"))) {
            vm.design().groups().stream().filter(g -> before.group(g.id()).isEmpty()).findFirst()
                    .ifPresent(g -> vm.select(Selection.of(g.id())));
        }
    }

    void ungroupSelection() {
        String id = vm.selection().single();
        if (id == null || vm.design().group(id).isEmpty()) {
            vm.notify("Select one frame to ungroup");
            return;
        }
        vm.edit(a -> vm.edits().ungroup(a, id));
    }

    void toggleCollapse() {
        String id = vm.selection().single();
        Group g = id == null ? null : vm.design().group(id).orElse(null);
        if (g == null) {
            vm.notify("Select a frame to collapse or expand");
            return;
        }
        vm.edit(a -> vm.edits().setCollapsed(a, g.id(), !g.collapsed()));
    }

    void insertAtCenter(String item) {
        Point2D c = canvas.viewCenterWorld();
        if (item.startsWith("block:")) {
            vm.insertBlock(item.substring("block:".length()), Math.round((c.getX() - 300) / 20) * 20.0,
                    Math.round((c.getY() - 200) / 20) * 20.0);
        } else {
            // A new card goes in free space near the view centre: never on a card or across a connection.
            double[] at = FreeSpace.near(canvas.scene(), c.getX(), c.getY(), Component.DEFAULT_WIDTH,
                    Component.DEFAULT_HEIGHT, 20);
            if (item.startsWith("cfn:")) {
                vm.addResource(item.substring("cfn:".length()), at[0], at[1]);
            } else {
                vm.addComponent(item.substring("type:".length()), at[0], at[1]);
            }
        }
        canvas.requestFocus();
    }
}
