package org.patternboard.app.export;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import javafx.concurrent.Task;
import javafx.scene.control.Alert;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.patternboard.app.viewmodel.DesignViewModel;
import org.patternboard.exporters.report.HtmlReport;
import org.patternboard.exporters.report.MarkdownReport;
import org.patternboard.exporters.report.PdfReport;
import org.patternboard.exporters.report.ReportAssembler;
import org.patternboard.exporters.report.ReviewReport;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.io.AtomicFiles;

/**
 * File ▸ Export ▸ Review Report…: the review report of the current design as HTML, Markdown (with its SVG beside
 * it) or PDF, written in the background while the status bar says so.
 */
public final class ReportExport {
    public static final String MENU_ID = "menu-export-report";

    private final Window owner;
    private final DesignViewModel vm;

    public ReportExport(Window owner, DesignViewModel vm) {
        this.owner = owner;
        this.vm = vm;
    }

    /** The menu item, for the export menu. */
    public static MenuItem menuItem(Window owner, DesignViewModel vm) {
        ReportExport export = new ReportExport(owner, vm);
        MenuItem item = new MenuItem("Review Report\u2026");
        item.setId(MENU_ID);
        item.setOnAction(e -> export.choose());
        return item;
    }

    public void choose() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Export review report");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("HTML page", "*.html"),
                new FileChooser.ExtensionFilter("Markdown (diagram as SVG beside it)", "*.md"),
                new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
        String base = vm.design().name().isBlank() ? "design" : vm.design().name();
        fc.setInitialFileName(base.replaceAll("[^A-Za-z0-9._-]+", "-").toLowerCase(Locale.ROOT) + "-review.html");
        Path start = vm.exportFolder();
        if (start != null && start.toFile().isDirectory()) {
            fc.setInitialDirectory(start.toFile());
        }
        File f = fc.showSaveDialog(owner);
        if (f != null) {
            Path file = f.toPath();
            String ext = fc.getSelectedExtensionFilter() == null ? ".html"
                    : fc.getSelectedExtensionFilter().getExtensions().get(0).substring(1);
            write(hasExtension(file) ? file : file.resolveSibling(file.getFileName() + ext));
        }
    }

    /** Writes the report of the design as it is now, off the UI thread; the format follows the extension. */
    public Task<Path> write(Path file) {
        Architecture design = vm.design();
        Path saved = vm.fileProperty().get();
        String fileName = saved == null ? "" : String.valueOf(saved.getFileName());
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                ReviewReport report = ReportAssembler.standard().assemble(design, fileName, LocalDate.now());
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".pdf")) {
                    AtomicFiles.write(file, new PdfReport().render(report), false);
                } else if (name.endsWith(".md")) {
                    String svgName = file.getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".svg";
                    AtomicFiles.write(file.resolveSibling(svgName), report.diagramSvg().getBytes(StandardCharsets.UTF_8), false);
                    AtomicFiles.write(file, new MarkdownReport().render(report, svgName).getBytes(StandardCharsets.UTF_8), false);
                } else {
                    AtomicFiles.write(file, new HtmlReport().render(report).getBytes(StandardCharsets.UTF_8), false);
                }
                return file;
            }
        };
        task.setOnSucceeded(e -> vm.exported(file));
        task.setOnFailed(e -> {
            Alert a = new Alert(Alert.AlertType.ERROR, String.valueOf(task.getException().getMessage()));
            a.initOwner(owner);
            a.setHeaderText("Cannot write the review report " + file.getFileName());
            a.show();
        });
        vm.notify("Writing the review report\u2026");
        Thread t = new Thread(task, "patternboard-report-export");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static boolean hasExtension(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".md") || n.endsWith(".pdf");
    }
}
