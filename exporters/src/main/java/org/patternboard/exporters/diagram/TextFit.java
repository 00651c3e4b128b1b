package org.patternboard.exporters.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Estimates text widths without a font engine, so SVG (headless) and the canvas truncate and wrap the
 * same way. The average glyph width of a proportional sans-serif is close to 0.56 em (0.6 em bold).
 */
public final class TextFit {
    private TextFit() {
    }

    public static double width(String text, double fontSize, boolean bold) {
        return text.length() * fontSize * (bold ? 0.6 : 0.56);
    }

    /** The text, cut with an ellipsis so that it fits {@code maxWidth}. */
    public static String fit(String text, double maxWidth, double fontSize, boolean bold) {
        if (width(text, fontSize, bold) <= maxWidth) {
            return text;
        }
        int max = (int) Math.floor(maxWidth / (fontSize * (bold ? 0.6 : 0.56))) - 1;
        if (max <= 0) {
            return "";
        }
        return text.substring(0, Math.min(text.length(), max)).stripTrailing() + "\u2026";
    }

    /**
     * A card's name in at most two lines: whole when it fits, else broken at the last space, dash, underscore,
     * dot or lower-to-upper-case step ("Protected|Function") that fits, the rest ellipsized only if it is still
     * too long. The canvas, the SVG and so the PNG and PDF all break names the same way.
     */
    public static List<String> twoLines(String text, double maxWidth, double fontSize, boolean bold) {
        if (width(text, fontSize, bold) <= maxWidth) {
            return List.of(text);
        }
        int fits = (int) Math.floor(maxWidth / (fontSize * (bold ? 0.6 : 0.56)));
        if (fits <= 1) {
            return List.of(fit(text, maxWidth, fontSize, bold));
        }
        int cut = -1;
        for (int i = Math.min(fits, text.length() - 1); i > 0; i--) {
            char before = text.charAt(i - 1);
            char at = text.charAt(i);
            if (at == ' ' || before == '-' || before == '_' || before == '.' || before == '/'
                    || (Character.isLowerCase(before) && Character.isUpperCase(at))
                    || (Character.isLetter(before) && Character.isDigit(at))) {
                cut = i;
                break;
            }
        }
        if (cut <= 0) {
            cut = fits; // one long word: break it where the line is full
        }
        String first = text.substring(0, cut).stripTrailing();
        String rest = text.substring(cut).stripLeading();
        return rest.isEmpty() ? List.of(first) : List.of(first, fit(rest, maxWidth, fontSize, bold));
    }

    /** Greedy word wrap into lines of at most {@code maxWidth}; long words are cut. */
    public static List<String> wrap(String text, double maxWidth, double fontSize) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(candidate, fontSize, false) <= maxWidth || line.length() == 0) {
                    line.setLength(0);
                    line.append(candidate);
                } else {
                    lines.add(fit(line.toString(), maxWidth, fontSize, false));
                    line.setLength(0);
                    line.append(word);
                }
            }
            lines.add(fit(line.toString(), maxWidth, fontSize, false));
        }
        return lines;
    }
}
