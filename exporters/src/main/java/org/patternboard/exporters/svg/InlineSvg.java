package org.patternboard.exporters.svg;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A standalone SVG document made ready to sit inside an XHTML page: no XML declaration, and its width and height
 * scaled (keeping the view box) to fit a box, so a wide diagram fits a printed page and stays vector.
 */
public final class InlineSvg {
    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
    private static final Pattern WIDTH = Pattern.compile("\\swidth=\"([0-9.]+)\"");
    private static final Pattern HEIGHT = Pattern.compile("\\sheight=\"([0-9.]+)\"");

    private InlineSvg() {
    }

    /** The diagram's own size in CSS pixels, from the root element's width and height. */
    public static double[] size(String svg) {
        String root = root(svg);
        return new double[] {number(WIDTH, root), number(HEIGHT, root)};
    }

    /** The SVG element, scaled down (never up) to fit {@code maxWidth} × {@code maxHeight}. */
    public static String fit(String svg, double maxWidth, double maxHeight) {
        String body = svg.replaceFirst("^<\\?xml[^>]*\\?>\\s*", "");
        double[] s = size(body);
        double scale = Math.min(1, Math.min(maxWidth / s[0], maxHeight / s[1]));
        if (scale >= 1) {
            return body;
        }
        String root = root(body);
        String scaled = WIDTH.matcher(root).replaceFirst(" width=\"" + SvgDiagram.n(s[0] * scale) + "\"");
        scaled = HEIGHT.matcher(scaled).replaceFirst(" height=\"" + SvgDiagram.n(s[1] * scale) + "\"");
        return body.replace(root, scaled);
    }

    private static String root(String svg) {
        Matcher m = ROOT.matcher(svg);
        if (!m.find()) {
            throw new IllegalArgumentException("not an SVG document");
        }
        return m.group();
    }

    private static double number(Pattern p, String root) {
        Matcher m = p.matcher(root);
        if (!m.find()) {
            throw new IllegalArgumentException("the SVG root has no " + p.pattern().toLowerCase(Locale.ROOT));
        }
        return Double.parseDouble(m.group(1));
    }
}
