package org.patternboard.exporters.report;

/** Text as XHTML character data or attribute values (XML 1.0: no named HTML entities, no control characters). */
final class Xml {
    private Xml() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch < 0x20 && ch != '\t' && ch != '\n' ? ' ' : ch);
            }
        }
        return b.toString();
    }
}
