package org.patternboard.exporters.cloudformation.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;

/**
 * Text edits for a JSON document: members are cut or added with their commas so the object stays valid, new
 * members are indented like their siblings, and a single-line object or array gets new members on its line.
 */
final class JsonPlanner extends EditPlanner {
    private final JsonWriter writer;

    JsonPlanner(TemplateDocument doc, Set<List<Object>> forced) {
        super(doc, forced);
        this.writer = detectStyle();
    }

    @Override
    protected Slot rootSlot() {
        return v -> {
            SourceSpan s = span(List.of());
            edit(s.startOffset(), s.endOffset(), writer.write(v, lineIndent(s.startOffset()), false), List.of(), true);
        };
    }

    @Override
    protected Slot valueSlot(List<Object> c, String key, Object oldValue) {
        return childSlot(c, append(c, key), oldValue);
    }

    @Override
    protected Slot itemSlot(List<Object> c, int index, Object oldValue) {
        return childSlot(c, append(c, index), oldValue);
    }

    private Slot childSlot(List<Object> c, List<Object> path, Object oldValue) {
        return v -> {
            SourceSpan s = span(path);
            boolean compact = singleLine(span(c)) || (Values.isCollection(oldValue) && singleLine(s));
            edit(s.startOffset(), s.endOffset(), writer.write(v, lineIndent(s.startOffset()), compact), path, true);
        };
    }

    @Override
    protected boolean scalar(List<Object> path, Object old, Object neu) {
        SourceSpan s = span(path);
        edit(s.startOffset(), s.endOffset(), writer.write(neu, 0, true), path, false);
        return true;
    }

    @Override
    protected void renameKey(List<Object> c, String oldKey, String newKey) {
        SourceSpan ks = doc.keySpan(append(c, oldKey)).orElseThrow(() -> new PatchFailure("no key span"));
        edit(ks.startOffset(), ks.endOffset(), JsonWriter.string(newKey), append(c, oldKey), false);
    }

    @Override
    protected boolean editEntries(List<Object> c, Map<?, ?> old, Set<String> removed, Map<String, Object> added) {
        List<Object> keys = new ArrayList<>(old.keySet());
        int n = keys.size();
        int[] start = new int[n];
        int[] end = new int[n];
        boolean[] gone = new boolean[n];
        for (int i = 0; i < n; i++) {
            List<Object> p = append(c, keys.get(i));
            start[i] = doc.keySpan(p).orElseThrow(() -> new PatchFailure("no key span")).startOffset();
            end[i] = span(p).endOffset();
            gone[i] = removed.contains(keys.get(i));
        }
        cutRuns(c, start, end, gone);
        if (!added.isEmpty()) {
            boolean compact = singleLine(span(c));
            int col = column(start[0]);
            StringBuilder b = new StringBuilder();
            added.forEach((k, v) -> b.append(',').append(compact ? " " : "\n" + YamlWriter.pad(col))
                    .append(JsonWriter.string(k)).append(writer.colon()).append(writer.write(v, col, compact)));
            edit(end[n - 1], end[n - 1], b.toString(), c, false);
        }
        return true;
    }

    @Override
    protected boolean editItems(List<Object> c, List<?> old, SortedSet<Integer> removed, List<Insertion> insertions) {
        int n = old.size();
        int[] start = new int[n];
        int[] end = new int[n];
        boolean[] gone = new boolean[n];
        for (int i = 0; i < n; i++) {
            SourceSpan s = span(append(c, i));
            start[i] = s.startOffset();
            end[i] = s.endOffset();
            gone[i] = removed.contains(i);
        }
        cutRuns(c, start, end, gone);
        boolean compact = singleLine(span(c));
        int col = column(start[0]);
        String sep = compact ? " " : "\n" + YamlWriter.pad(col);
        for (Insertion ins : insertions) {
            StringBuilder b = new StringBuilder();
            for (Object v : ins.values()) {
                String item = writer.write(v, col, compact);
                if (ins.afterOld() < 0) {
                    b.append(item).append(',').append(sep);
                } else {
                    b.append(',').append(sep).append(item);
                }
            }
            int at = ins.afterOld() < 0 ? start[0] : end[ins.afterOld()];
            edit(at, at, b.toString(), c, false);
        }
        return true;
    }

    /** Cuts each run of removed members with the comma that joins it to the rest. */
    private void cutRuns(List<Object> c, int[] start, int[] end, boolean[] gone) {
        int n = gone.length;
        for (int a = 0; a < n; a++) {
            if (!gone[a]) {
                continue;
            }
            int b = a;
            while (b + 1 < n && gone[b + 1]) {
                b++;
            }
            if (b + 1 < n) {
                edit(start[a], start[b + 1], "", c, false); // the run, its commas and the next member's indent
            } else if (a > 0) {
                edit(end[a - 1], end[b], "", c, false); // the last members: from the comma after the one before
            } else {
                throw new PatchFailure("every member removed");
            }
            a = b;
        }
    }

    @Override
    protected boolean atomic(List<Object> c) {
        return doc.ownSpan(c).isEmpty();
    }

    private boolean singleLine(SourceSpan s) {
        return s.startLine() == s.endLine();
    }

    /** The indentation of the line holding {@code offset}. */
    private int lineIndent(int offset) {
        int start = lineStart(offset);
        int i = start;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i - start;
    }

    /** The indent width and the text between a key and its value, as the document's first member has them. */
    private JsonWriter detectStyle() {
        int indent = 2;
        String colon = ": ";
        for (String k : doc.root().keySet()) {
            List<Object> p = List.of(k);
            SourceSpan ks = doc.keySpan(p).orElse(null);
            SourceSpan vs = doc.ownSpan(p).orElse(null);
            SourceSpan root = doc.ownSpan(List.of()).orElse(null);
            if (ks != null && vs != null && root != null) {
                String between = text.substring(ks.endOffset(), vs.startOffset());
                if (!between.contains("\n") && between.contains(":")) {
                    colon = between;
                }
                if (ks.startLine() > root.startLine()) {
                    indent = Math.max(1, column(ks.startOffset()) - lineIndent(root.startOffset()));
                }
            }
            break;
        }
        return new JsonWriter(indent, colon);
    }
}
