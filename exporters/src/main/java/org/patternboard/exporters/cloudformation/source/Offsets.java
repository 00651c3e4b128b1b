package org.patternboard.exporters.cloudformation.source;

import java.util.Arrays;

/** Converts the YAML parser's code-point indexes to string offsets, and offsets to 1-based lines and columns. */
final class Offsets {
    private final String text;
    private final int[] lineStarts;
    private final boolean surrogates;

    Offsets(String text) {
        this.text = text;
        int[] starts = new int[16];
        int n = 0;
        starts[n++] = 0;
        boolean pairs = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isSurrogate(c)) {
                pairs = true;
            }
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, n);
        this.surrogates = pairs;
    }

    /** The string offset of a code-point index. */
    int chars(int codePointIndex) {
        if (!surrogates) {
            return Math.min(codePointIndex, text.length());
        }
        int cps = Math.min(codePointIndex, text.codePointCount(0, text.length()));
        return text.offsetByCodePoints(0, cps);
    }

    /** {line, column}, both 1-based, of a string offset. */
    int[] lineColumn(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        int line = i >= 0 ? i : -i - 2;
        return new int[] {line + 1, offset - lineStarts[line] + 1};
    }
}
