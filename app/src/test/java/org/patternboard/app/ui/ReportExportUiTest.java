package org.patternboard.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.app.ui.UiTestSupport.fx;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Worker;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.app.export.ReportExport;
import org.patternboard.app.files.AppHome;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.RuleEngine;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Export ▸ Review Report… is in the menu, and its action writes the report of the open design. */
@ExtendWith(ApplicationExtension.class)
class ReportExportUiTest {
    @TempDir
    static Path home;

    @TempDir
    Path out;

    MainWindow window;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        window = new MainWindow(stage, Integrations.standard(), new AppHome(home), new TestDialogs(),
                DesignWorkflowTest.design());
        stage.show();
    }

    @Test
    void theMenuHasTheItemAndItsActionWritesHtmlMarkdownAndPdf(FxRobot robot) throws Exception {
        List<String> ids = fx(() -> {
            List<String> found = new ArrayList<>();
            for (MenuBar bar : robot.lookup(".menu-bar").queryAllAs(MenuBar.class)) {
                bar.getMenus().forEach(m -> collect(m, found));
            }
            return found;
        });
        assertThat(ids).contains(ReportExport.MENU_ID);

        ReportExport export = fx(() -> new ReportExport(stage, window.viewModel()));
        var design = fx(() -> window.viewModel().design());
        List<Finding> findings = RuleEngine.standard().check(design).unsuppressed();
        assertThat(findings).isNotEmpty();

        Path html = out.resolve("review.html");
        waitFor(fx(() -> export.write(html)));
        String page = Files.readString(html);
        assertThat(page).contains("<h1>" + design.name() + "</h1>", "<svg", "id=\"inventory\"");
        findings.forEach(f -> assertThat(page).contains(f.ruleId()));

        Path md = out.resolve("review.md");
        waitFor(fx(() -> export.write(md)));
        assertThat(Files.readString(md)).contains("![Diagram](review.svg)");
        assertThat(out.resolve("review.svg")).exists();

        Path pdf = out.resolve("review.pdf");
        waitFor(fx(() -> export.write(pdf)));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            findings.forEach(f -> assertThat(text).contains(f.title().replaceAll("\\s+", " ")));
        }
        assertThat(fx(() -> window.viewModel().messageProperty().get())).startsWith("Exported " + pdf.toAbsolutePath().normalize() + " (");
    }

    private static void collect(MenuItem item, List<String> into) {
        if (item.getId() != null) {
            into.add(item.getId());
        }
        if (item instanceof Menu m) {
            m.getItems().forEach(i -> collect(i, into));
        }
    }

    private static void waitFor(Worker<Path> task) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(() -> switch (task.getState()) {
            case SUCCEEDED, FAILED, CANCELLED -> true;
            default -> false;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(task::getState)).as("report task, failed with %s", fx(task::getException))
                .isEqualTo(Worker.State.SUCCEEDED);
    }
}
