package org.patternboard.model.io;

/** A design file that cannot be read, with the place (file, line, column) to look at. */
public class DesignFormatException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public DesignFormatException(String file, int line, int column, String reason) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + oneLine(reason));
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = oneLine(reason);
    }

    /** Every message is one line: ids and values from the file may hold line breaks or other control characters. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    public String file() {
        return file;
    }

    /** 1-based, or 0 when the problem is not at one place (e.g. the file is too large). */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String reason() {
        return reason;
    }
}
