package org.patternboard.exporters.svg;

import java.util.Map;
import java.util.TreeMap;
import org.patternboard.exporters.diagram.icons.Icon;

/**
 * The icons of one SVG document: each card places its icon with a {@code <use>}, and each icon used is written
 * once, as a {@code <symbol>} in the document's {@code <defs>}, so a design of a hundred queues carries the SQS
 * icon once. Symbols are written in id order: the same design gives the same bytes.
 */
final class SvgIcons {
    private final Map<String, Icon> used = new TreeMap<>();

    /** A {@code <use>} of the icon filling the square at (x, y). */
    String use(Icon icon, double x, double y, double size) {
        used.putIfAbsent(icon.id(), icon);
        return "    <use xlink:href=\"#" + icon.id() + "\" x=\"" + SvgDiagram.n(x) + "\" y=\"" + SvgDiagram.n(y)
                + "\" width=\"" + SvgDiagram.n(size) + "\" height=\"" + SvgDiagram.n(size) + "\"/>\n";
    }

    /** The symbols of the icons used so far, for the document's defs. */
    String symbols() {
        StringBuilder s = new StringBuilder();
        for (Icon icon : used.values()) {
            Icon.ViewBox v = icon.viewBox();
            s.append("    <symbol id=\"").append(icon.id()).append("\" viewBox=\"").append(SvgDiagram.n(v.x())).append(' ')
                    .append(SvgDiagram.n(v.y())).append(' ').append(SvgDiagram.n(v.width())).append(' ')
                    .append(SvgDiagram.n(v.height())).append("\">");
            s.append("<title>").append(SvgDiagram.esc(icon.title())).append("</title>");
            for (Icon.Shape p : icon.shapes()) {
                s.append("<path d=\"").append(SvgDiagram.esc(p.d())).append("\" fill=\"")
                        .append(p.fill() == null ? "none" : p.fill()).append('"');
                if (p.evenOdd()) {
                    s.append(" fill-rule=\"evenodd\"");
                }
                if (p.stroke() != null) {
                    s.append(" stroke=\"").append(p.stroke()).append("\" stroke-width=\"").append(SvgDiagram.n(p.strokeWidth()))
                            .append('"');
                }
                s.append("/>");
            }
            s.append("</symbol>\n");
        }
        return s.toString();
    }
}
