package org.patternboard.exporters.cloudformation.template;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Allocates logical ids: alphanumeric, starting with a letter, unique without regard to case (so two ids
 * never differ only by case, which confuses readers and some tools), and short enough that derived ids
 * ({@code OrdersRole}, {@code OrdersLogGroup}) stay far below CloudFormation's 255 characters.
 * Allocation is first come, first served, and callers allocate in a fixed order (components by id, then
 * connections by id), so the same design always gets the same ids.
 */
public final class LogicalIds {
    /** Longest base id taken from a name; leaves room for suffixes and collision counters. */
    public static final int MAX_BASE = 64;
    /** CloudFormation's limit. */
    public static final int MAX_ID = 255;

    private final Set<String> usedLowerCase = new HashSet<>();

    /** Marks ids that are taken by something else (parameters share the namespace of Ref). */
    public void reserve(String id) {
        if (!usedLowerCase.add(id.toLowerCase(Locale.ROOT))) {
            throw new IllegalStateException("id reserved twice: " + id);
        }
    }

    public boolean isTaken(String id) {
        return usedLowerCase.contains(id.toLowerCase(Locale.ROOT));
    }

    /**
     * A fresh id from a wanted one (already sanitised): the wanted id itself when free, else the first free
     * of {@code wanted2}, {@code wanted3}, ...
     */
    public String allocate(String wanted) {
        String base = wanted.length() > MAX_ID - 6 ? wanted.substring(0, MAX_ID - 6) : wanted;
        String candidate = base;
        for (int n = 2; isTaken(candidate); n++) {
            candidate = base + n;
        }
        usedLowerCase.add(candidate.toLowerCase(Locale.ROOT));
        return candidate;
    }

    /**
     * A readable PascalCase id from any text: accents are folded ({@code é} → {@code e}), every other
     * character that is not an ASCII letter or digit separates words, and the result is cut to
     * {@link #MAX_BASE}. Empty results and results starting with a digit get {@code fallback} in front.
     */
    public static String sanitize(String text, String fallback) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder();
        boolean startWord = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!alnum) {
                // combining marks left by NFKD belong to the previous letter: they do not split words
                if (Character.getType(c) != Character.NON_SPACING_MARK) {
                    startWord = true;
                }
                continue;
            }
            out.append(startWord ? Character.toUpperCase(c) : c);
            startWord = false;
        }
        String id = out.toString();
        if (id.isEmpty() || Character.isDigit(id.charAt(0))) {
            id = fallback + id;
        }
        return id.length() > MAX_BASE ? id.substring(0, MAX_BASE) : id;
    }
}
