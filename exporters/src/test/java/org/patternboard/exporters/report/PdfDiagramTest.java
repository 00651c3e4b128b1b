package org.patternboard.exporters.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.pdf.PdfDiagram;
import org.patternboard.exporters.svg.InlineSvg;
import org.patternboard.exporters.svg.SvgDiagram;
import org.patternboard.model.design.Architecture;

class PdfDiagramTest {
    @Test
    void oneVectorPageTheSizeOfTheDiagram() throws IOException {
        Architecture a = ReportFixtures.samples().get(0).design();
        byte[] pdf = new PdfDiagram().render(a, "Patternboard test", ReportFixtures.DATE);
        double[] px = InlineSvg.size(new SvgDiagram().render(a));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDRectangle box = doc.getPage(0).getMediaBox();
            // CSS pixels are 0.75 pt; the page is rounded up to whole pixels
            assertThat((double) box.getWidth()).isCloseTo(Math.ceil(px[0]) * 0.75, within(1.0));
            assertThat((double) box.getHeight()).isCloseTo(Math.ceil(px[1]) * 0.75, within(1.0));
            VectorCount v = VectorCount.of(doc.getPage(0));
            assertThat(v.images()).isZero();
            assertThat(v.curves()).isGreaterThanOrEqualTo(4 * a.components().size());
            assertThat(v.lines()).isGreaterThanOrEqualTo(a.connections().size());
        }
        assertThat(new PdfDiagram().render(a, "Patternboard test", ReportFixtures.DATE)).isEqualTo(pdf);
    }
}
