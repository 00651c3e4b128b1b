package org.patternboard.exporters.png;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.patternboard.exporters.svg.SvgDiagram;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;

/**
 * The diagram as a PNG: the {@link SvgDiagram} drawing rasterized by Batik, so the command line and the app give
 * the same picture as the SVG, headless (no display, no JavaFX). {@code scale} is pixels per design unit;
 * a transparent PNG leaves out the white backdrop.
 */
public final class PngDiagram {
    public static final double MIN_SCALE = 0.1;
    public static final double MAX_SCALE = 8;
    /** Longest side in pixels; huge designs are drawn at a smaller scale rather than running out of memory. */
    public static final int MAX_SIDE = 16384;
    private static final Pattern SIZE = Pattern.compile("<svg [^>]*?width=\"([0-9.]+)\" height=\"([0-9.]+)\"");

    /** A rendered PNG; {@code scale} is the one used, smaller than asked for when {@link #MAX_SIDE} capped it. */
    public record Png(byte[] bytes, int width, int height, double scale) {
    }

    private final SvgDiagram svg;

    public PngDiagram() {
        this(Catalog.standard());
    }

    public PngDiagram(Catalog catalog) {
        this.svg = new SvgDiagram(catalog);
    }

    /** Whether a scale is one {@link #render} accepts. */
    public static boolean validScale(double scale) {
        return scale >= MIN_SCALE && scale <= MAX_SCALE;
    }

    public Png render(Architecture design, double scale, boolean transparent) {
        if (!validScale(scale)) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "scale %s is outside %s..%s", scale, MIN_SCALE, MAX_SCALE));
        }
        String document = svg.render(design, !transparent);
        // Our own SVG names its size on the root element; read it back rather than repeat its layout here.
        Matcher m = SIZE.matcher(document);
        if (!m.find()) {
            throw new IllegalStateException("the SVG diagram has no width and height");
        }
        double w = Double.parseDouble(m.group(1));
        double h = Double.parseDouble(m.group(2));
        double s = Math.min(scale, MAX_SIDE / Math.max(w, h));
        int pw = Math.max(1, (int) Math.round(w * s));
        int ph = Math.max(1, (int) Math.round(h * s));
        PNGTranscoder t = new PNGTranscoder();
        t.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) pw);
        t.addTranscodingHint(PNGTranscoder.KEY_HEIGHT, (float) ph);
        if (!transparent) {
            t.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            t.transcode(new TranscoderInput(new StringReader(document)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("cannot draw the diagram as PNG: " + e.getMessage(), e);
        }
        return new Png(out.toByteArray(), pw, ph, s);
    }
}
