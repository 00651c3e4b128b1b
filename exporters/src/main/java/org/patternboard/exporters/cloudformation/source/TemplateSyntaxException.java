package org.patternboard.exporters.cloudformation.source;

/**
 * A template that cannot be read. The message is one line, {@code file:line:column: what is wrong}, with at
 * most a short excerpt: templates hold secrets often enough that an error must not echo the file.
 */
public final class TemplateSyntaxException extends RuntimeException {
    private static final int EXCERPT = 40;
    private final String fileName;
    private final int line;
    private final int column;

    public TemplateSyntaxException(String fileName, int line, int column, String problem) {
        super(fileName + ":" + line + ":" + column + ": " + oneLine(problem));
        this.fileName = fileName;
        this.line = line;
        this.column = column;
    }

    public String fileName() {
        return fileName;
    }

    /** 1-based; 0 when the problem is the file as a whole (empty, too large). */
    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** A short, single-line excerpt of {@code text} for a message. */
    static String excerpt(String text) {
        String flat = oneLine(text);
        return flat.length() <= EXCERPT ? flat : flat.substring(0, EXCERPT - 1) + "…";
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "?").strip();
    }
}
