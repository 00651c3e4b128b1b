package org.patternboard.app.files;

import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.stage.FileChooser;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.patternboard.model.io.DesignFiles;

/** {@link FileDialogs} with the platform's file choosers and alerts. */
public final class FxFileDialogs implements FileDialogs {
    private final Window owner;
    private File lastDir;

    public FxFileDialogs(Window owner) {
        this.owner = owner;
    }

    private FileChooser chooser(String title) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Patternboard designs", "*" + DesignFiles.EXTENSION));
        if (lastDir != null && lastDir.isDirectory()) {
            fc.setInitialDirectory(lastDir);
        }
        return fc;
    }

    @Override
    public Optional<Path> chooseOpen() {
        FileChooser fc = chooser("Open a design or a CloudFormation/SAM template");
        // Open takes designs and templates alike; the first filter shows both.
        fc.getExtensionFilters().add(0, new FileChooser.ExtensionFilter("Designs and templates",
                "*" + DesignFiles.EXTENSION, "*.yaml", "*.yml", "*.json", "*.template"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CloudFormation and SAM templates",
                "*.yaml", "*.yml", "*.json", "*.template"));
        fc.setSelectedExtensionFilter(fc.getExtensionFilters().get(0));
        File f = fc.showOpenDialog(owner);
        if (f != null) {
            lastDir = f.getParentFile();
        }
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(String suggestedName) {
        FileChooser fc = chooser("Save design");
        fc.setInitialFileName(suggestedName.endsWith(DesignFiles.EXTENSION) ? suggestedName : suggestedName + DesignFiles.EXTENSION);
        File f = fc.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        lastDir = f.getParentFile();
        Path p = f.toPath();
        if (!p.getFileName().toString().endsWith(DesignFiles.EXTENSION)) {
            p = p.resolveSibling(p.getFileName() + DesignFiles.EXTENSION);
        }
        return Optional.of(p);
    }

    @Override
    public Discard confirmDiscard(String name) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert a = alert(Alert.AlertType.WARNING, "Unsaved changes",
                "Save the changes to \u201c" + name + "\u201d?", "Your changes are lost if you don't save them.");
        a.getButtonTypes().setAll(save, discard, ButtonType.CANCEL);
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? Discard.SAVE : answer == discard ? Discard.DISCARD : Discard.CANCEL;
    }

    @Override
    public boolean offerRecovery(Recovery.Orphan orphan) {
        String when = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm").withZone(ZoneId.systemDefault()).format(orphan.savedAt());
        Alert a = alert(Alert.AlertType.CONFIRMATION, "Recover unsaved work",
                "Patternboard did not close properly last time.",
                "Unsaved changes" + (orphan.original() == null ? "" : " to " + orphan.original().getFileName())
                        + " from " + when + " were kept. Recover them?");
        ButtonType recover = new ButtonType("Recover", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        a.getButtonTypes().setAll(recover, discard);
        return a.showAndWait().orElse(discard) == recover;
    }

    @Override
    public void showError(String title, String message) {
        alert(Alert.AlertType.ERROR, title, title, message).showAndWait();
    }

    @Override
    public <T> Optional<T> runWithProgress(String title, Work<T> work) throws Exception {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run((done, total, what) -> {
                    updateProgress(done, total);
                    updateMessage(what);
                    return !isCancelled();
                });
            }
        };
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ProgressBar bar = new ProgressBar();
        bar.setPrefWidth(360);
        bar.progressProperty().bind(task.progressProperty());
        Label step = new Label();
        step.textProperty().bind(task.messageProperty());
        dialog.getDialogPane().setContent(new VBox(8, bar, step));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CANCEL);
        dialog.setOnCloseRequest(e -> task.cancel());
        task.stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.SUCCEEDED || now == Worker.State.FAILED) {
                dialog.setResult(null);
                dialog.close();
            }
        });
        Thread t = new Thread(task, "patternboard-import");
        t.setDaemon(true);
        t.start();
        if (task.isRunning() || !task.isDone()) {
            dialog.showAndWait();
        }
        if (task.getState() == Worker.State.FAILED) {
            Throwable e = task.getException();
            throw e instanceof Exception ex ? ex : new IllegalStateException(e);
        }
        if (task.getState() != Worker.State.SUCCEEDED) {
            task.cancel();
            return Optional.empty();
        }
        return Optional.ofNullable(task.getValue());
    }

    private Alert alert(Alert.AlertType type, String title, String header, String content) {
        Alert a = new Alert(type);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(header);
        a.setContentText(content);
        if (owner != null && owner.getScene() != null) {
            a.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        return a;
    }
}
