package org.patternboard.exporters.cloudformation.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Saves a changed tree back onto the template it came from, touching only the text of the nodes that changed:
 * comments, key order, quoting, blank lines and block scalars elsewhere stay byte-for-byte. The original text is
 * never re-serialised as a whole unless every narrower patch failed the check.
 *
 * <p>Every result is checked: it must parse back to a tree equal to the new tree. When a patch fails the check,
 * the node it touched is written out whole instead, then its parent, up to the document, so the result is never
 * a wrong text.
 */
public final class TemplatePatcher {
    /** Rounds of widening before the document is written whole; each round widens at least one node. */
    private static final int MAX_ROUNDS = 64;

    private TemplatePatcher() {
    }

    /**
     * The text of {@code original} changed to hold {@code newTree} (maps with text keys, lists, text, numbers,
     * booleans, null; intrinsics in long form). Equal trees give the original text unchanged.
     *
     * @throws IllegalArgumentException if {@code newTree} holds something no template can (NaN, a non-text key …)
     */
    public static String patch(TemplateDocument original, Object newTree) {
        if (!(newTree instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("a template is a map of sections at the top");
        }
        Values.check(newTree);
        if (Values.same(original.tree(), newTree)) {
            return original.text();
        }
        Set<List<Object>> forced = new HashSet<>();
        for (int round = 0; round <= MAX_ROUNDS; round++) {
            if (round == MAX_ROUNDS) {
                forced.add(List.of());
            }
            List<TextEdit> edits = EditPlanner.of(original, forced).plan(newTree);
            Applied applied = apply(original.text(), edits);
            List<TextEdit> suspects = applied.overlapping.isEmpty() ? check(original, applied, newTree) : applied.overlapping;
            if (suspects.isEmpty()) {
                return applied.text;
            }
            if (forced.contains(List.of())) {
                break;
            }
            boolean widened = false;
            for (TextEdit e : suspects) {
                widened |= widen(forced, e);
            }
            if (!widened) {
                forced.add(List.of());
            }
        }
        throw new IllegalArgumentException("the new tree cannot be written as " + (original.isJson() ? "JSON" : "YAML")
                + " that reads back the same");
    }

    /** Marks the node an edit belongs to (or, if it was already written whole, its parent) to be written whole. */
    private static boolean widen(Set<List<Object>> forced, TextEdit e) {
        List<Object> p = e.site();
        if (e.whole() || forced.contains(p)) {
            do {
                p = p.isEmpty() ? p : p.subList(0, p.size() - 1);
            } while (!p.isEmpty() && forced.contains(p));
        }
        return forced.add(List.copyOf(p));
    }

    /** The edits to blame when the patched text does not read back as {@code newTree}; empty when it does. */
    private static List<TextEdit> check(TemplateDocument original, Applied applied, Object newTree) {
        TemplateDocument parsed;
        try {
            parsed = TemplateSource.parse(applied.text, original.fileName());
        } catch (TemplateSyntaxException e) {
            int offset = offsetOf(applied.text, e.line(), e.column());
            TextEdit blame = applied.edits.get(0);
            for (int i = 0; i < applied.edits.size(); i++) {
                if (applied.outStarts.get(i) <= offset) {
                    blame = applied.edits.get(i);
                }
            }
            return List.of(blame);
        }
        if (parsed.isJson() != original.isJson()) {
            return applied.edits;
        }
        Optional<List<Object>> diff = Values.firstDifference(parsed.tree(), newTree);
        if (diff.isEmpty()) {
            return List.of();
        }
        // the deepest edit whose node encloses the difference; if none does, every edit is suspect
        TextEdit best = null;
        for (TextEdit e : applied.edits) {
            List<Object> site = e.site();
            if (site.size() <= diff.get().size() && diff.get().subList(0, site.size()).equals(site)
                    && (best == null || site.size() > best.site().size())) {
                best = e;
            }
        }
        return best == null ? applied.edits : List.of(best);
    }

    private static int offsetOf(String text, int line, int column) {
        int offset = 0;
        for (int l = 1; l < line && offset >= 0; l++) {
            offset = text.indexOf('\n', offset) + 1;
            if (offset == 0) {
                return text.length();
            }
        }
        return Math.min(text.length(), offset + Math.max(0, column - 1));
    }

    private record Applied(String text, List<TextEdit> edits, List<Integer> outStarts, List<TextEdit> overlapping) {
    }

    /** Applies edits in text order (a stable sort keeps nested insertions at one offset in planning order). */
    private static Applied apply(String text, List<TextEdit> planned) {
        List<TextEdit> edits = new ArrayList<>(planned);
        edits.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        boolean crlf = text.contains("\r\n");
        StringBuilder out = new StringBuilder(text.length() + 256);
        List<Integer> outStarts = new ArrayList<>();
        int cursor = 0;
        for (int i = 0; i < edits.size(); i++) {
            TextEdit e = edits.get(i);
            if (e.start() < cursor) {
                return new Applied(text, edits, outStarts, List.of(edits.get(i - 1), e));
            }
            out.append(text, cursor, e.start());
            outStarts.add(out.length());
            out.append(crlf ? e.text().replace("\r\n", "\n").replace("\n", "\r\n") : e.text());
            cursor = e.end();
        }
        out.append(text, cursor, text.length());
        return new Applied(out.toString(), edits, outStarts, List.of());
    }
}
