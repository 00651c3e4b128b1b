package org.patternboard.exporters.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.RuleEngine;

class PdfReportTest {
    @Test
    void thePdfHasTheFindingsAsTextAndTheDiagramAsVectors() throws IOException {
        for (ReportFixtures.Named s : ReportFixtures.samples()) {
            ReviewReport r = ReportFixtures.report(s);
            byte[] pdf = new PdfReport().render(r);
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getNumberOfPages()).as("pages").isGreaterThan(1);
                String text = oneLine(new PDFTextStripper().getText(doc));
                for (Finding f : RuleEngine.standard().check(s.design()).unsuppressed()) {
                    assertThat(text).as("%s: finding %s", s.file(), f.ruleId()).contains(oneLine(f.title()));
                }
                assertThat(text).contains("Findings by pillar", "Inventory", "Flows", "Accepted risks", "Patterns used",
                        oneLine(s.design().name()));
                // The diagram is on page 1: drawn as paths (lines, curves of the rounded cards), with no image.
                VectorCount first = VectorCount.of(doc.getPage(0));
                assertThat(first.images()).as("images on the diagram page").isZero();
                assertThat(first.lines()).as("line segments").isGreaterThanOrEqualTo(s.design().connections().size());
                assertThat(first.curves()).as("curves (rounded corners)").isGreaterThanOrEqualTo(4 * s.design().components().size());
                for (PDPage page : doc.getPages()) {
                    assertThat(VectorCount.of(page).images()).as("images in the report").isZero();
                }
                assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("Patternboard " + r.metadata().version());
                assertThat(doc.getDocumentInformation().getCreationDate().toInstant().toString())
                        .isEqualTo("2026-03-14T00:00:00Z");
            }
        }
    }

    @Test
    void twoRunsGiveIdenticalBytes() {
        ReviewReport r = ReportFixtures.report(ReportFixtures.samples().get(0));
        assertThat(new PdfReport().render(r)).isEqualTo(new PdfReport().render(r));
    }

    @Test
    void textOutsideLatin1IsPrintedNotReplaced() throws IOException {
        ReportFixtures.Named s = ReportFixtures.samples().get(0);
        String name = "Bestellungen \u00DCbersicht \u03A9-Service \u2192 \u0417\u0430\u043A\u0430\u0437";
        ReviewReport r = ReportFixtures.report(new ReportFixtures.Named(s.file(), s.design().withName(name)));
        try (PDDocument doc = Loader.loadPDF(new PdfReport().render(r))) {
            assertThat(oneLine(new PDFTextStripper().getText(doc))).contains(name);
        }
    }

    static String oneLine(String s) {
        return s.replaceAll("\\s+", " ");
    }
}
