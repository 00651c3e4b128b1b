package org.patternboard.app.export;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.patternboard.app.canvas.DiagramCanvas;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.exporters.drawio.DrawioDiagram;
import org.patternboard.exporters.png.PngDiagram;
import org.patternboard.exporters.svg.SvgDiagram;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.AtomicFiles;

/** The File ▸ Export menu: CloudFormation (JSON, YAML), CDK Java project (with synth), PNG, SVG and draw.io. */
public final class ExportActions {
    private final Window owner;
    private final DesignViewModel vm;
    private final DiagramCanvas canvas;
    private final Function<Architecture, String> cfnJson;
    private final Function<Architecture, String> cfnYaml;
    private final CdkProject cdk;

    public ExportActions(Window owner, DesignViewModel vm, DiagramCanvas canvas, Function<Architecture, String> cfnJson,
            Function<Architecture, String> cfnYaml, CdkProject cdk) {
        this.owner = owner;
        this.vm = vm;
        this.canvas = canvas;
        this.cfnJson = cfnJson;
        this.cfnYaml = cfnYaml;
        this.cdk = cdk;
    }

    public boolean hasCloudFormation() {
        return cfnJson != null && cfnYaml != null;
    }

    public boolean hasCdk() {
        return cdk != null;
    }

    private String baseName() {
        String n = vm.design().name();
        return (n == null || n.isBlank() ? "design" : n).replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase(java.util.Locale.ROOT);
    }

    private Path chooseFile(String title, String ext, String description) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*." + ext));
        fc.setInitialFileName(baseName() + "." + ext);
        Path start = vm.exportFolder();
        if (start != null && start.toFile().isDirectory()) {
            fc.setInitialDirectory(start.toFile());
        }
        File f = fc.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    public void exportCloudFormation(boolean yaml) {
        Path file = chooseFile("Export CloudFormation", yaml ? "yaml" : "json",
                "CloudFormation template (" + (yaml ? "YAML" : "JSON") + ")");
        if (file != null) {
            writeText(file, (yaml ? cfnYaml : cfnJson).apply(vm.design()));
        }
    }

    public void exportSvg() {
        Path file = chooseFile("Export diagram as SVG", "svg", "SVG image");
        if (file != null) {
            writeText(file, new SvgDiagram(vm.catalog()).render(vm.design()));
        }
    }

    /** Asks for the scale and background, then the file; draws with the command line's PngDiagram. */
    public void exportPng() {
        PngOptionsDialog.Options options = new PngOptionsDialog(owner).ask().orElse(null);
        if (options == null) {
            return;
        }
        Path file = chooseFile("Export diagram as PNG", "png", "PNG image");
        if (file == null) {
            return;
        }
        // rasterizing a large design at 4x takes seconds: off the FX thread, so the window stays responsive
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws IOException {
                writePng(file, options.scale(), options.transparent());
                return null;
            }
        };
        task.setOnSucceeded(e -> vm.exported(file));
        task.setOnFailed(e -> error("Cannot write " + file.getFileName(), task.getException().getMessage()));
        vm.notify("Drawing " + file.getFileName() + "\u2026");
        Thread t = new Thread(task, "png-export");
        t.setDaemon(true);
        t.start();
    }

    /** The whole diagram as a white-backed PNG at {@code scale} pixels per design unit. */
    public void writePng(Path file, double scale) throws IOException {
        writePng(file, scale, false);
    }

    /** The whole diagram as a PNG at {@code scale} pixels per design unit, the same picture as {@code render --out FILE.png}. */
    public void writePng(Path file, double scale, boolean transparent) throws IOException {
        PngDiagram.Png png = new PngDiagram(vm.catalog()).render(vm.design(), scale, transparent);
        AtomicFiles.write(file, png.bytes(), false);
    }

    public void exportDrawio() {
        Path file = chooseFile("Export diagram as draw.io", "drawio", "draw.io diagram");
        if (file != null) {
            writeText(file, new DrawioDiagram(vm.catalog()).render(vm.design()));
        }
    }

    /** The diagram as a draw.io file (AWS 4 shapes), the same as {@code render --out FILE.drawio}. */
    public void writeDrawio(Path file) throws IOException {
        AtomicFiles.write(file, new DrawioDiagram(vm.catalog()).render(vm.design()).getBytes(StandardCharsets.UTF_8), false);
    }

    private void writeText(Path file, String text) {
        try {
            AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8), false);
            vm.exported(file);
        } catch (IOException | RuntimeException e) {
            error("Cannot export to " + file.getFileName(), e.getMessage());
        }
    }

    /** Asks for a directory and whether to synthesize, then runs the export with progress and Cancel. */
    public void exportCdk() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Export CDK Java project into (an empty) directory");
        Path start = vm.exportFolder();
        if (start != null && start.toFile().isDirectory()) {
            dc.setInitialDirectory(start.toFile());
        }
        File dir = dc.showDialog(owner);
        if (dir == null) {
            return;
        }
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION);
        ask.initOwner(owner);
        ask.setTitle("Export CDK Java project");
        ask.setHeaderText("Write the CDK Java project to " + dir);
        CheckBox synth = new CheckBox("Also synthesize it (cdk.out/, takes a while)");
        ask.getDialogPane().setContent(synth);
        if (ask.showAndWait().orElse(ButtonType.CANCEL) != ButtonType.OK) {
            return;
        }
        runCdk(dir.toPath(), synth.isSelected());
    }

    /** Runs the CDK export as a cancellable background task with a progress dialog. */
    public Task<Void> runCdk(Path dir, boolean synthesize) {
        Architecture design = vm.design();
        TextArea log = new TextArea();
        log.setEditable(false);
        log.getStyleClass().add("code-area");
        log.setPrefRowCount(12);
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws Exception {
                updateMessage("Writing the project\u2026");
                updateProgress(-1, 1);
                cdk.write(design, dir);
                line("Wrote " + dir);
                if (synthesize && !isCancelled()) {
                    updateMessage("Synthesizing\u2026");
                    cdk.synth(dir, dir.resolve("cdk.out"), this::line);
                    line("Synthesized into " + dir.resolve("cdk.out"));
                }
                updateProgress(1, 1);
                updateMessage("Done");
                return null;
            }

            private void line(String s) {
                if (isCancelled()) {
                    throw new java.util.concurrent.CancellationException();
                }
                Platform.runLater(() -> log.appendText(s + "\n"));
            }
        };
        Dialog<Void> progress = new Dialog<>();
        progress.initOwner(owner);
        progress.setTitle("Export CDK Java project");
        progress.setHeaderText(synthesize ? "Writing and synthesizing the CDK project" : "Writing the CDK project");
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(task.progressProperty());
        Label message = new Label();
        message.textProperty().bind(task.messageProperty());
        progress.getDialogPane().setContent(new VBox(8, message, bar, log));
        progress.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        Button cancel = (Button) progress.getDialogPane().lookupButton(ButtonType.CANCEL);
        cancel.setOnAction(e -> task.cancel(true));
        task.setOnSucceeded(e -> {
            progress.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
            vm.exported(dir.resolve("pom.xml"));
        });
        task.setOnFailed(e -> {
            log.appendText("Failed: " + task.getException() + "\n");
            progress.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        });
        // Cancel also closes the dialog (DialogPane's own handler), so the status bar says what happened.
        task.setOnCancelled(e -> vm.notify("Cancelled the CDK export; " + dir + " may hold a partial project"));
        Thread t = new Thread(task, "patternboard-cdk-export");
        t.setDaemon(true);
        t.start();
        progress.show();
        return task;
    }

    private void error(String title, String message) {
        Alert a = new Alert(Alert.AlertType.ERROR, message);
        a.initOwner(owner);
        a.setHeaderText(title);
        a.showAndWait();
    }
}
