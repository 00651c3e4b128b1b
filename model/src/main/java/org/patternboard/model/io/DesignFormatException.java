package org.patternboard.model.io;

/** A design file that cannot be read, with the place (file, line, column) to look at. */
public class DesignFormatException extends Exception {
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    public DesignFormatException(String file, int line, int column, String reason) {
        super(file + (line > 0 ? ":" + line + ":" + column : "") + ": " + reason);
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
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
