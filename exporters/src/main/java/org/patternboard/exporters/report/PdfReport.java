package org.patternboard.exporters.report;

import org.patternboard.exporters.pdf.HtmlPdf;

/**
 * The review report as PDF: the HTML report laid out for A4 print, with selectable text and the diagram as
 * vector drawing. Dated by the report date, so the same report gives the same bytes.
 */
public final class PdfReport {
    public byte[] render(ReviewReport r) {
        ReportMetadata m = r.metadata();
        return HtmlPdf.render(HtmlReport.forPrint().render(r), m.name() + " \u2014 " + ReportText.TITLE_SUFFIX,
                "Patternboard " + m.version(), m.date());
    }
}
