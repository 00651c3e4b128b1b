package org.patternboard.exporters.cdk.stack;

/**
 * Makes design text safe inside generated comments. JavaPoet escapes string literals but not comments, and
 * javac decodes unicode escapes ({@code \u000a}) everywhere, even in comments, so a name could otherwise end
 * a comment and turn the rest of the line into code.
 */
public final class Comments {
    private static final int MAX = 120;

    private Comments() {
    }

    /** One line: control characters become spaces, {@code *}{@code /} and backslashes are defused, long text is cut. */
    public static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length() && out.length() < MAX; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (c == '\\') {
                out.append('/');
            } else if (c == '/' && out.length() > 0 && out.charAt(out.length() - 1) == '*') {
                out.append(' ').append('/');
            } else {
                out.append(c);
            }
        }
        if (out.length() >= MAX && s.length() > MAX) {
            out.append("...");
        }
        return out.toString().strip();
    }
}
