package org.patternboard.app.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateOrigin;
import org.patternboard.exporters.cloudformation.roundtrip.TemplateSaveBack;
import org.patternboard.exporters.importer.ImportCancelledException;
import org.patternboard.exporters.importer.ImportIssue;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.AtomicFiles;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.io.DesignFormatException;

/**
 * New, open, save, save as, recent files, the confirmation before changes are lost, and autosave to a
 * recovery file with an offer to recover after a crash.
 */
public final class DocumentController {
    private static final Duration AUTOSAVE_EVERY = Duration.seconds(20);

    private final DesignViewModel vm;
    private final FileDialogs dialogs;
    private final RecentFiles recent;
    private final Recovery recovery;
    private final Timeline autosave;
    private Architecture autosaved;
    /** The template's hash after the last Save to Template in this session, or null. */
    private String savedTemplate;
    /** The hash of each child template after the last Save to Template wrote it, by its relative path. */
    private final Map<String, String> savedChildren = new java.util.LinkedHashMap<>();

    public DocumentController(DesignViewModel vm, FileDialogs dialogs, AppHome home) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.recent = new RecentFiles(home);
        this.recovery = new Recovery(home);
        this.autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> autosaveNow()));
        autosave.setCycleCount(Timeline.INDEFINITE);
    }

    public RecentFiles recent() {
        return recent;
    }

    public void startAutosave() {
        autosave.play();
    }

    /** Writes the recovery copy now if there are unsaved changes (also called by the timer). */
    public void autosaveNow() {
        Architecture a = vm.design();
        if (!vm.isDirty()) {
            if (autosaved != null) {
                recovery.clear();
                autosaved = null;
            }
            return;
        }
        if (a == autosaved) {
            return;
        }
        try {
            recovery.write(a, vm.fileProperty().get());
            autosaved = a;
        } catch (IOException e) {
            vm.notify("Autosave failed: " + e.getMessage());
        }
    }

    /** At start-up: offers the newest recovery copy left by a crashed session; true when one was opened. */
    public boolean offerRecovery() {
        List<Recovery.Orphan> orphans = recovery.orphans();
        if (orphans.isEmpty()) {
            return false;
        }
        Recovery.Orphan newest = orphans.get(0);
        boolean opened = false;
        if (dialogs.offerRecovery(newest)) {
            Optional<Architecture> a = recovery.read(newest);
            if (a.isPresent()) {
                vm.open(a.get(), newest.original());
                // Recovered work is unsaved work: mark it so, as one undoable step back to the saved file.
                vm.edit(x -> vm.edits().renameDesign(x, x.name(), x.description()));
                vm.notify("Recovered unsaved changes" + (newest.original() == null ? "" : " to " + newest.original().getFileName()));
                opened = true;
            }
        }
        orphans.forEach(recovery::discard);
        return opened;
    }

    /** Asks before unsaved changes are lost; true when it is fine to go on. */
    public boolean confirmDiscard() {
        if (!vm.isDirty()) {
            return true;
        }
        return switch (dialogs.confirmDiscard(displayName())) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    public String displayName() {
        Path f = vm.fileProperty().get();
        if (f != null) {
            return f.getFileName().toString();
        }
        String n = vm.design().name();
        return n == null || n.isBlank() ? "Untitled" : n;
    }

    public void newDesign() {
        if (confirmDiscard()) {
            vm.open(Architecture.empty("Untitled"), null);
            afterSwitch();
        }
    }

    /** Opens a design that is not a file (a sample or a block from the gallery): saving asks for a name. */
    public void openUntitled(Architecture a) {
        if (confirmDiscard()) {
            vm.open(a, null);
            afterSwitch();
        }
    }

    public void open() {
        if (!confirmDiscard()) {
            return;
        }
        dialogs.chooseOpen().ifPresent(this::load);
    }

    /** Opens a file (recent list, drag and drop) after asking about unsaved changes. */
    public boolean open(Path file) {
        return confirmDiscard() && load(file);
    }

    private boolean load(Path file) {
        if (TemplateFiles.isTemplate(file)) {
            return importTemplate(file.toAbsolutePath());
        }
        try {
            vm.open(DesignFiles.load(file), file);
            recent.add(file);
            afterSwitch();
            vm.notify("Opened " + file.getFileName());
            return true;
        } catch (DesignFormatException e) {
            dialogs.showError("Cannot open " + file.getFileName(), e.getMessage());
            if (!java.nio.file.Files.exists(file)) {
                recent.remove(file);
            }
            return false;
        }
    }

    /**
     * Imports a CloudFormation or SAM template as a new, unsaved design (with progress and Cancel for large
     * ones). The template is only read: Save asks where to keep the design.
     */
    private boolean importTemplate(Path file) {
        try {
            Optional<TemplateFiles.Imported> imported = dialogs.runWithProgress("Importing " + file.getFileName(),
                    progress -> TemplateFiles.load(file, progress));
            if (imported.isEmpty()) {
                vm.notify("Import of " + file.getFileName() + " cancelled");
                return false;
            }
            Architecture a = imported.get().result().design();
            vm.open(a, null);
            recent.add(file);
            afterSwitch();
            long warnings = imported.get().result().issues().stream().filter(i -> i.level() == ImportIssue.Level.WARNING).count();
            String summary = "Imported " + file.getFileName() + ": " + a.components().size() + " components, "
                    + a.connections().size() + " connections" + (warnings == 0 ? "" : ", " + warnings + " warnings");
            // Found patterns are framed as an edit of their own: Undo takes the frames away again.
            PatternFrames patterns = PatternFrames.of(a);
            if (patterns != null && vm.edit(x -> patterns.edit())) {
                summary += "; recognised " + patterns.labels() + " (Undo removes the frames)";
            }
            vm.notify(summary);
            return true;
        } catch (TemplateFiles.Unreadable e) {
            dialogs.showError("Cannot import " + file.getFileName(), e.getMessage());
        } catch (ImportCancelledException e) {
            vm.notify("Import of " + file.getFileName() + " cancelled");
        } catch (Exception e) {
            dialogs.showError("Cannot import " + file.getFileName(), String.valueOf(e.getMessage()));
        }
        if (!java.nio.file.Files.exists(file)) {
            recent.remove(file);
        }
        return false;
    }

    /** Whether the design came from a template, so File › Save to Template applies. */
    public boolean isImported() {
        return TemplateOrigin.isImported(vm.design());
    }

    /**
     * Writes the design's changes into the template it was imported from, as text patches: comments, order and
     * layout elsewhere stay as they are. True when the template is up to date afterwards.
     */
    public boolean saveToTemplate() {
        Architecture a = withSavedTemplate(vm.design());
        String path = TemplateOrigin.sourcePath(a);
        if (path == null) {
            dialogs.showError("Save to Template", "This design was not imported from a template.");
            return false;
        }
        Path template = Path.of(path);
        try {
            TemplateSaveBack.Saved saved = new TemplateSaveBack().save(a, TemplateFiles.read(template),
                    TemplateSaveBack.ChildTemplates.nextTo(template));
            // Children first: a failure leaves the parent as it was, so nothing points at an unwritten change.
            for (TemplateSaveBack.SavedChild child : saved.children()) {
                AtomicFiles.write(template.toAbsolutePath().getParent().resolve(child.path()).normalize(),
                        child.text().getBytes(StandardCharsets.UTF_8), false);
                savedChildren.put(child.path(), TemplateOrigin.sha256(child.text()));
            }
            if (saved.changed()) {
                AtomicFiles.write(template, saved.text().getBytes(StandardCharsets.UTF_8), false);
                savedTemplate = TemplateOrigin.sha256(saved.text());
            }
            String warnings = saved.warnings().isEmpty() ? "" : " (" + saved.warnings().size() + " changes not written: "
                    + String.join("; ", saved.warnings()) + ")";
            String children = saved.children().isEmpty() ? "" : " and " + String.join(", ",
                    saved.children().stream().map(TemplateSaveBack.SavedChild::path).toList());
            vm.notify((saved.changed() || !saved.children().isEmpty() ? "Saved the changes to " : "Up to date: ")
                    + template.getFileName() + children + warnings);
            return true;
        } catch (TemplateFiles.Unreadable | TemplateSaveBack.TemplateChangedException e) {
            dialogs.showError("Cannot save to " + template.getFileName(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            dialogs.showError("Cannot save to " + template.getFileName(), String.valueOf(e.getMessage()));
        }
        return false;
    }

    /** The design as it stands towards its template: remembering the last save back onto it. */
    private Architecture withSavedTemplate(Architecture a) {
        String path = TemplateOrigin.sourcePath(a);
        Architecture out = savedTemplate == null || path == null ? a : TemplateOrigin.withSource(a, path, savedTemplate);
        for (Map.Entry<String, String> child : savedChildren.entrySet()) {
            out = TemplateOrigin.withNestedSource(out, child.getKey(), child.getValue());
        }
        return out;
    }

    /** Saves to the current file, or asks for one; true when saved. */
    public boolean save() {
        Path f = vm.fileProperty().get();
        return f == null ? saveAs() : saveTo(f);
    }

    public boolean saveAs() {
        return dialogs.chooseSave(displayName()).map(this::saveTo).orElse(false);
    }

    public boolean saveTo(Path file) {
        try {
            DesignFiles.save(withSavedTemplate(vm.design()), file);
            vm.markSaved(file);
            recent.add(file);
            recovery.clear();
            autosaved = null;
            vm.notify("Saved " + file.getFileName());
            return true;
        } catch (IOException e) {
            dialogs.showError("Cannot save " + file.getFileName(), e.getMessage());
            return false;
        }
    }

    private void afterSwitch() {
        savedTemplate = null;
        savedChildren.clear();
        recovery.clear();
        autosaved = null;
    }

    /** On a clean exit: the recovery copy is no longer needed. */
    public void shutdown() {
        autosave.stop();
        recovery.clear();
    }
}
