package org.patternboard.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.io.DesignFiles;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.RuleEngine;

class ReportCommandTest {
    static final Path SAMPLE = Path.of("../samples/src/main/resources/patternboard/samples/the-big-fan.pboard.json");
    static final Path TEMPLATE = Path.of("../exporters/src/test/resources/import/sam-orders.yaml");

    @TempDir
    Path dir;

    @Test
    void htmlReportOfTheSample() throws Exception {
        Path out = dir.resolve("review.html");
        CliRun run = CliRun.of("report", SAMPLE.toString(), "--out", out.toString(), "--date", "2026-03-14");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg", "id=\"findings\"", "the-big-fan.pboard.json",
                "2026-03-14");
        for (Finding f : RuleEngine.standard().check(DesignFiles.load(SAMPLE)).unsuppressed()) {
            assertThat(html).contains(f.ruleId());
        }
        CliRun again = CliRun.of("report", SAMPLE.toString(), "--out", dir.resolve("again.html").toString(), "--date",
                "2026-03-14");
        assertThat(again.exitCode()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("again.html"))).isEqualTo(Files.readAllBytes(out));
    }

    @Test
    void markdownReportWritesTheDiagramBesideIt() throws Exception {
        Path out = dir.resolve("review.md");
        CliRun run = CliRun.of("report", SAMPLE.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("![Diagram](review.svg)", "## Findings by pillar");
        assertThat(Files.readString(dir.resolve("review.svg"))).startsWith("<?xml").contains("<svg");
    }

    @Test
    void pdfReportHasTheFindingsAsText() throws Exception {
        Path out = dir.resolve("review.pdf");
        CliRun run = CliRun.of("report", SAMPLE.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (Finding f : RuleEngine.standard().check(DesignFiles.load(SAMPLE)).unsuppressed()) {
                assertThat(text).contains(f.title().replaceAll("\\s+", " "));
            }
        }
    }

    @Test
    void sinceAnOlderDesignAddsTheChanges() throws Exception {
        Architecture now = DesignFiles.load(SAMPLE);
        String dropped = now.components().iterator().next().id();
        Architecture old = now.withoutComponent(dropped)
                .withComponent(Component.of("retired-fn", "aws.lambda.function", "RetiredFn", 0, 0));
        for (var c : now.connectionsOf(dropped)) {
            old = old.withoutConnection(c.id());
        }
        Path oldFile = dir.resolve("old.pboard.json");
        DesignFiles.save(old, oldFile);
        Path out = dir.resolve("review.md");
        CliRun run = CliRun.of("report", SAMPLE.toString(), "--out", out.toString(), "--since", oldFile.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String md = Files.readString(out);
        assertThat(md).contains("## Changes since `old.pboard.json`", "Components removed: `retired-fn`",
                "Components added: `" + dropped + "`", "Connections added: `");
    }

    @Test
    void aTemplateIsImportedInMemoryAndNamed() throws Exception {
        Path out = dir.resolve("orders.html");
        CliRun run = CliRun.of("report", TEMPLATE.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("Imported from", "sam-orders.yaml", "CreateOrder", "OrderQueue", "<svg",
                "id=\"flows\"");
    }

    @Test
    void badInputIsExitTwoWithOneLine() {
        CliRun ext = CliRun.of("report", SAMPLE.toString(), "--out", dir.resolve("r.docx").toString());
        assertThat(ext.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(ext.err().strip()).doesNotContain("\n").contains(".html, .md or .pdf");
        CliRun missing = CliRun.of("report", dir.resolve("nope.pboard.json").toString(), "--out",
                dir.resolve("r.html").toString());
        assertThat(missing.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("nope.pboard.json");
        assertThat(dir.resolve("r.html")).doesNotExist();
        CliRun since = CliRun.of("report", SAMPLE.toString(), "--out", dir.resolve("r.html").toString(), "--since",
                dir.resolve("gone.pboard.json").toString());
        assertThat(since.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void renderWritesAOnePageVectorPdf() throws Exception {
        Path out = dir.resolve("diagram.pdf");
        CliRun run = CliRun.of("render", SAMPLE.toString(), "--out", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getResources().getXObjectNames()).allSatisfy(n ->
                    assertThat(doc.getPage(0).getResources().isImageXObject(n)).isFalse());
        }
        CliRun bad = CliRun.of("render", SAMPLE.toString(), "--out", dir.resolve("d.gif").toString());
        assertThat(bad.exitCode()).isEqualTo(Cli.BAD_INPUT);
        assertThat(bad.err()).contains("svg", "pdf");
    }
}
