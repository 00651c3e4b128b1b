package org.patternboard.exporters.cloudformation;

import java.nio.charset.StandardCharsets;
import org.patternboard.model.design.Architecture;

/** The template's Description: one clean line, within CloudFormation's 1,024 bytes. */
public final class Descriptions {
    public static final int MAX_BYTES = 1024;

    private Descriptions() {
    }

    static String template(Architecture a) {
        String name = clean(a.name());
        String text = "Patternboard export of the design '" + (name.isEmpty() ? "untitled" : name) + "'";
        String description = clean(a.description());
        if (!description.isEmpty()) {
            text += ": " + description;
        }
        return limit(text, MAX_BYTES);
    }

    /**
     * Control characters and runs of white space become single spaces; "${" becomes "$ {" because the
     * description cannot be an Fn::Sub and CloudFormation would read it as a reference.
     */
    public static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\s]+", " ").trim().replace("${", "$ {");
    }

    /** Cuts to at most {@code maxBytes} UTF-8 bytes without splitting a character. */
    static String limit(String s, int maxBytes) {
        return limit(s, maxBytes, Integer.MAX_VALUE);
    }

    /**
     * Cuts to at most {@code maxBytes} UTF-8 bytes and {@code maxChars} UTF-16 units (the CDK's Stack checks
     * 512 characters, though its message says 1,024 bytes), without splitting a character; "..." marks a cut.
     */
    public static String limit(String s, int maxBytes, int maxChars) {
        if (s.getBytes(StandardCharsets.UTF_8).length <= maxBytes && s.length() <= maxChars) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + len > maxBytes - 3 || out.length() + Character.charCount(cp) > maxChars - 3) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += len;
            i += Character.charCount(cp);
        }
        return out + "...";
    }
}
