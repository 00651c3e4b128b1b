package org.patternboard.exporters.report;

import java.awt.geom.Point2D;
import java.io.IOException;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;

/** What a PDF page draws, counted by walking its content (forms included): path segments, curves, images. */
final class VectorCount extends PDFGraphicsStreamEngine {
    private int lines;
    private int curves;
    private int rectangles;
    private int images;
    private int strokesAndFills;

    private VectorCount(PDPage page) {
        super(page);
    }

    static VectorCount of(PDPage page) throws IOException {
        VectorCount c = new VectorCount(page);
        c.processPage(page);
        return c;
    }

    int lines() {
        return lines;
    }

    int curves() {
        return curves;
    }

    int rectangles() {
        return rectangles;
    }

    int images() {
        return images;
    }

    int paintedPaths() {
        return strokesAndFills;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        rectangles++;
    }

    @Override
    public void drawImage(PDImage pdImage) {
        images++;
    }

    @Override
    public void clip(int windingRule) {
    }

    @Override
    public void moveTo(float x, float y) {
    }

    @Override
    public void lineTo(float x, float y) {
        lines++;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        curves++;
    }

    @Override
    public Point2D getCurrentPoint() {
        return new Point2D.Float();
    }

    @Override
    public void closePath() {
    }

    @Override
    public void endPath() {
    }

    @Override
    public void strokePath() {
        strokesAndFills++;
    }

    @Override
    public void fillPath(int windingRule) {
        strokesAndFills++;
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        strokesAndFills++;
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
    }
}
