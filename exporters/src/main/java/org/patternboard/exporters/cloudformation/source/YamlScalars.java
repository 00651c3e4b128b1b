package org.patternboard.exporters.cloudformation.source;

import java.util.Optional;
import java.util.regex.Pattern;

/** How one YAML scalar is written: plain when that reads back as the same text, else quoted or a literal block. */
final class YamlScalars {
    /** The style of a scalar in the source, from its first character. */
    enum Style { PLAIN, SINGLE, DOUBLE, BLOCK }

    private static final String INDICATORS = "-?:,[]{}#&*!|>'\"%@`";
    /** Text other YAML readers (1.1) take for a boolean, number or date: new text is quoted to be safe everywhere. */
    private static final Pattern AMBIGUOUS = Pattern.compile(
            "(?i)y|yes|n|no|on|off|true|false|null|~|<<|=|[-+]?\\.?[0-9][0-9a-z_.:+-]*|[-+]?\\.(inf|nan)");

    private YamlScalars() {
    }

    static Style styleAt(String text, int offset) {
        char c = offset < text.length() ? text.charAt(offset) : ' ';
        return switch (c) {
            case '\'' -> Style.SINGLE;
            case '"' -> Style.DOUBLE;
            case '|', '>' -> Style.BLOCK;
            default -> Style.PLAIN;
        };
    }

    /** A non-text scalar (number, boolean, null) as plain YAML. */
    static String plainValue(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number n) {
            return Values.number(n);
        }
        return v.toString();
    }

    /** Text written for a new value: plain if safe for every YAML reader, else double-quoted. */
    static String text(String s, boolean flow) {
        return plainAllowed(s, flow) && !AMBIGUOUS.matcher(s).matches() ? s : doubleQuoted(s);
    }

    /** Text written over an old scalar, in the old scalar's style when the new text allows it. */
    static String text(String s, Style old, boolean flow) {
        return switch (old) {
            case PLAIN -> plainAllowed(s, flow) ? s : doubleQuoted(s);
            case SINGLE -> singleAllowed(s) ? singleQuoted(s) : doubleQuoted(s);
            case DOUBLE -> doubleQuoted(s);
            case BLOCK -> text(s, flow);
        };
    }

    /** Whether {@code s} unquoted reads back as exactly the text {@code s}. */
    static boolean plainAllowed(String s, boolean flow) {
        if (s.isEmpty() || !s.equals(Scalars.plain(s)) || INDICATORS.indexOf(s.charAt(0)) >= 0
                || s.startsWith("...") || Character.isWhitespace(s.charAt(0))
                || Character.isWhitespace(s.charAt(s.length() - 1))) {
            return false;
        }
        if (s.contains(": ") || s.contains(" #") || s.endsWith(":")) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!printable(s, i) || c == '\t' || (flow && ",[]{}".indexOf(c) >= 0)) {
                return false;
            }
        }
        return true;
    }

    static boolean singleAllowed(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!printable(s, i) || s.charAt(i) == '\t') {
                return false;
            }
        }
        return true;
    }

    static String singleQuoted(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String doubleQuoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (printable(s, i)) {
                        b.append(c);
                    } else {
                        b.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    /**
     * A literal block scalar ({@code |} or {@code |-}) whose content lines start at column {@code indent}, first
     * line being the header; empty when the text cannot be one (no line break, odd characters, space-only lines).
     */
    static Optional<String> literal(String s, int indent) {
        if (!s.contains("\n") || s.endsWith("\n\n") || s.startsWith(" ") || s.startsWith("\n")) {
            return Optional.empty();
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\t' && !printable(s, i)) {
                return Optional.empty();
            }
        }
        boolean clip = s.endsWith("\n");
        String body = clip ? s.substring(0, s.length() - 1) : s;
        StringBuilder b = new StringBuilder(clip ? "|" : "|-");
        String pad = " ".repeat(indent);
        for (String line : body.split("\n", -1)) {
            if (!line.isEmpty() && line.isBlank()) {
                return Optional.empty();
            }
            b.append('\n');
            if (!line.isEmpty()) {
                b.append(pad).append(line);
            }
        }
        return Optional.of(b.toString());
    }

    /** Characters YAML allows unescaped, minus the ones it reads as line breaks or a byte-order mark. */
    private static boolean printable(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
        }
        return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }
}
