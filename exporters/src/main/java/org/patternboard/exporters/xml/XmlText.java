package org.patternboard.exporters.xml;

/**
 * Text as XML 1.0 character data or a double-quoted attribute value, for the SVG diagram and the XHTML report:
 * the five specials escaped, control characters XML forbids replaced by a space. One place, so a name a user
 * typed is escaped the same way in every document Patternboard writes.
 */
public final class XmlText {
    private XmlText() {
    }

    public static String esc(String s) {
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
