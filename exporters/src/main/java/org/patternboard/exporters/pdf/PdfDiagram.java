package org.patternboard.exporters.pdf;

import java.time.LocalDate;
import org.patternboard.exporters.svg.InlineSvg;
import org.patternboard.exporters.svg.SvgDiagram;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;

/**
 * The diagram as a one-page vector PDF, the page exactly the diagram's size: the SVG export drawn into the PDF as
 * paths and text (for decks and wikis that want PDF), so it scales without blurring.
 */
public final class PdfDiagram {
    private final Catalog catalog;

    public PdfDiagram() {
        this(Catalog.standard());
    }

    public PdfDiagram(Catalog catalog) {
        this.catalog = catalog;
    }

    /** @param date the PDF's creation date: a fixed date gives byte-identical output */
    public byte[] render(Architecture design, String producer, LocalDate date) {
        String svg = new SvgDiagram(catalog).render(design);
        double[] size = InlineSvg.size(svg);
        String page = "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><meta charset=\"utf-8\"/>"
                + "<title>diagram</title><style>@page { size: " + px(size[0]) + " " + px(size[1]) + "; margin: 0; }"
                + " html, body { margin: 0; padding: 0; } svg { display: block; }</style></head><body>"
                + InlineSvg.fit(svg, size[0], size[1]) + "</body></html>\n";
        String title = design.name() == null || design.name().isBlank() ? "Diagram" : design.name();
        return HtmlPdf.render(page, title, producer, date);
    }

    private static String px(double v) {
        return (long) Math.ceil(v) + "px";
    }
}
