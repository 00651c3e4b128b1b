package org.patternboard.app.compare;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.stage.Window;
import org.patternboard.app.canvas.DiagramCanvas;
import org.patternboard.app.diff.DesignSources;
import org.patternboard.app.diff.Git;
import org.patternboard.app.files.FileDialogs;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;
import org.patternboard.exporters.diff.DiffText;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.diff.DesignDiff;
import org.patternboard.model.diff.DiffOptions;
import org.patternboard.model.diff.ElementsDiff;
import org.patternboard.model.diff.Rename;
import org.patternboard.model.rules.RuleEngine;

/**
 * File › Compare with…: the open design against a file or a git revision of its own file. The open design is
 * the new side, so the canvas marks what it adds and changes and ghosts what it removed; the list window says
 * the rest. The marks follow edits while the window is open and go away when it closes.
 */
public final class CompareController {
    private static final int REVISIONS = 50;

    private final Window owner;
    private final DesignViewModel vm;
    private final DiagramCanvas canvas;
    private final FileDialogs dialogs;
    private final RevisionChooser chooser;
    private final Git git;
    private final DesignSources sources;
    private CompareWindow window;
    private ChangeListener<Architecture> follow;

    public CompareController(Window owner, DesignViewModel vm, DiagramCanvas canvas, FileDialogs dialogs,
            RevisionChooser chooser, Git git) {
        this.owner = owner;
        this.vm = vm;
        this.canvas = canvas;
        this.dialogs = dialogs;
        this.chooser = chooser;
        this.git = git;
        this.sources = new DesignSources(git);
    }

    public void compareWithFile() {
        Optional<Path> chosen = dialogs.chooseOpen();
        if (chosen.isEmpty()) {
            return;
        }
        try {
            show(sources.loadFile(chosen.get()), chosen.get().getFileName().toString());
        } catch (DesignSources.Unreadable e) {
            dialogs.showError("Compare with File", e.getMessage());
        }
    }

    public void compareWithRevision() {
        Path file = vm.fileProperty().get();
        if (file == null) {
            dialogs.showError("Compare with Revision", "Save the design in a file in a git repository first.");
            return;
        }
        try {
            List<Git.Revision> revisions = git.log(file, REVISIONS);
            if (revisions.isEmpty()) {
                dialogs.showError("Compare with Revision", file.getFileName() + " has no committed revisions.");
                return;
            }
            Optional<Git.Revision> rev = chooser.choose(file.getFileName().toString(), revisions);
            if (rev.isPresent()) {
                String label = rev.get().hash() + ":" + file.getFileName();
                show(sources.atRevision(rev.get().hash(), file.toString(), label), label);
            }
        } catch (Git.GitException | DesignSources.Unreadable e) {
            dialogs.showError("Compare with Revision", e.getMessage());
        }
    }

    /** Whether a comparison is on screen. */
    public boolean isShowing() {
        return window != null && window.isShowing();
    }

    public void close() {
        if (window != null) {
            window.close();
        }
    }

    private void show(DesignSources.Loaded other, String label) {
        close();
        DiffOptions options = other.template() ? DiffOptions.IGNORE_LAYOUT : DiffOptions.DEFAULT;
        window = new CompareWindow(owner, this::cleared);
        follow = (o, a, b) -> refresh(other.design(), options, label);
        vm.designProperty().addListener(follow);
        refresh(other.design(), options, label);
    }

    private void refresh(Architecture other, DiffOptions options, String label) {
        Architecture current = vm.design();
        DesignDiff diff = DesignDiff.between(other, current, RuleEngine.standard(), options);
        canvas.showDiff(marks(diff), removedBoxes(diff, other));
        List<String> lines = DiffText.write(diff, other, current).lines().toList();
        String summary = diff.isEmpty() ? "No differences from " + label + "."
                : "Compared with " + label + ": " + diff.components().added().size() + " added, "
                        + diff.components().removed().size() + " removed, " + diff.components().changed().size()
                        + " changed, " + diff.components().renamed().size() + " renamed; "
                        + diff.findings().introduced().size() + " findings introduced, "
                        + diff.findings().resolved().size() + " resolved.";
        window.show("Compare with " + label, summary, lines);
    }

    private void cleared() {
        if (follow != null) {
            vm.designProperty().removeListener(follow);
            follow = null;
        }
        canvas.clearDiff();
    }

    static Map<String, String> marks(DesignDiff diff) {
        Map<String, String> marks = new HashMap<>();
        for (ElementsDiff e : List.of(diff.components(), diff.groups(), diff.notes())) {
            e.changed().forEach(c -> marks.put(c.id(), "changed"));
            for (Rename r : e.renamed()) {
                marks.put(r.to(), "changed");
            }
            e.added().forEach(id -> marks.put(id, "added"));
        }
        return marks;
    }

    private List<Box> removedBoxes(DesignDiff diff, Architecture other) {
        DiagramScene scene = DiagramScene.of(other, vm.catalog());
        List<Box> boxes = new ArrayList<>();
        for (ElementsDiff e : List.of(diff.components(), diff.groups(), diff.notes())) {
            for (String id : e.removed()) {
                Box b = scene.box(id);
                if (b != null) {
                    boxes.add(b);
                }
            }
        }
        return boxes;
    }
}
