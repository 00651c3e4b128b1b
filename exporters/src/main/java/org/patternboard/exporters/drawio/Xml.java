package org.patternboard.exporters.drawio;

import java.util.Locale;

/** XML text for the draw.io writer: attribute escaping and locale-independent short numbers. */
final class Xml {
    private Xml() {
    }

    /** An attribute value; line breaks survive as character references, as draw.io writes them. */
    static String attr(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n' -> b.append("&#xa;");
                case '\r' -> b.append("&#xd;");
                case '\t' -> b.append("&#x9;");
                default -> b.append(ch < 0x20 || ch == 0xFFFE || ch == 0xFFFF ? ' ' : ch); // not allowed in XML 1.0
            }
        }
        return b.toString();
    }

    /** Text for an {@code html=1} label: HTML-escaped, line breaks as {@code <br>} (then attribute-escaped by the caller). */
    static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r\n", "\n").replace("\n", "<br>");
    }

    /** Numbers with at most two decimals, no trailing zeros, never "-0". */
    static String n(double v) {
        return n(v, 2);
    }

    /** Numbers with at most {@code decimals} decimals, no trailing zeros, never "-0". */
    static String n(double v, int decimals) {
        double scale = Math.pow(10, decimals);
        double r = Math.round(v * scale) / scale;
        if (r == 0) {
            return "0";
        }
        if (r == Math.rint(r) && Math.abs(r) < 1e15) {
            return Long.toString((long) r);
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", r);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
