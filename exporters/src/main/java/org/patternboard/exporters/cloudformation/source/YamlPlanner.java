package org.patternboard.exporters.cloudformation.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Text edits for a YAML document. Block mappings and sequences are edited by whole lines (an entry's lines run
 * from its key to the end of the line where its value ends, so its trailing comment goes with it); flow
 * collections keep their layout for changed scalars and renamed keys and are rewritten in flow style otherwise.
 */
final class YamlPlanner extends EditPlanner {
    private final YamlWriter writer;

    YamlPlanner(TemplateDocument doc, Set<List<Object>> forced) {
        super(doc, forced);
        int indent = detectIndent();
        this.writer = new YamlWriter(indent, detectSequenceIndent(indent), doc.usesShortForms());
    }

    // ---- slots

    @Override
    protected Slot rootSlot() {
        return v -> {
            int start = doc.ownSpan(List.of()).map(s -> lineStart(s.startOffset())).orElse(0);
            edit(start, text.length(), writer.document((Map<?, ?>) v), List.of(), true);
        };
    }

    @Override
    protected Slot valueSlot(List<Object> c, String key, Object oldValue) {
        List<Object> path = append(c, key);
        if (inFlow(c)) {
            return flowSlot(path);
        }
        return v -> {
            SourceSpan ks = doc.keySpan(path).orElseThrow(() -> new PatchFailure("no key span"));
            int colon = skipSpaces(ks.endOffset());
            if (colon >= text.length() || text.charAt(colon) != ':') {
                throw new PatchFailure("no colon after key");
            }
            int end = Math.max(colon + 1, contentEnd(path, oldValue));
            String value = wasFlow(path, oldValue) ? " " + writer.flow(v) : writer.entryValue(v, column(ks.startOffset()));
            edit(colon + 1, end, value, path, true);
        };
    }

    @Override
    protected Slot itemSlot(List<Object> c, int index, Object oldValue) {
        List<Object> path = append(c, index);
        if (inFlow(c)) {
            return flowSlot(path);
        }
        return v -> {
            SourceSpan s = span(path);
            int dash = dash(path);
            // continuation lines line up with the item's first character ("-   Name: x" puts it 4 past the dash)
            int col = lineStart(s.startOffset()) == lineStart(dash) ? column(s.startOffset()) : column(dash) + 2;
            String value = wasFlow(path, oldValue) ? writer.flow(v) : writer.inline(v, col);
            edit(s.startOffset(), Math.max(s.startOffset(), contentEnd(path, oldValue)), value, path, true);
        };
    }

    /** A flow collection that changes shape is written in flow style again. */
    private boolean wasFlow(List<Object> path, Object oldValue) {
        return Values.isCollection(oldValue) && doc.ownSpan(path).map(s -> isFlowAt(s.startOffset())).orElse(false);
    }

    private Slot flowSlot(List<Object> path) {
        return v -> {
            SourceSpan s = span(path);
            edit(s.startOffset(), s.endOffset(), writer.flow(v), path, true);
        };
    }

    // ---- in-place edits

    @Override
    protected boolean map(List<Object> path, Map<?, ?> old, Map<?, ?> neu, Slot slot) {
        if (!shortForm(path, old)) {
            return entries(path, old, neu);
        }
        String key = (String) old.keySet().iterator().next();
        if (neu.size() != 1 || !neu.containsKey(key)) {
            return false;
        }
        Object oldInner = old.get(key);
        Object newInner = neu.get(key);
        List<Object> c = append(path, key);
        if (childSpans(c, oldInner)) {
            boolean sameShape = oldInner instanceof Map<?, ?> ? newInner instanceof Map<?, ?> : newInner instanceof List<?>;
            if (!sameShape) {
                return false;
            }
            // the tagged collection keeps its tag; if it must be rewritten, the whole short form is
            diff(c, oldInner, newInner, v -> slot.replace(neu));
            return true;
        }
        Optional<String> inner = YamlWriter.shortScalar(neu);
        if (inner.isEmpty() || writer.shortTag(neu).isEmpty()) {
            return false;
        }
        SourceSpan s = span(path);
        int tagEnd = s.startOffset();
        while (tagEnd < s.endOffset() && !Character.isWhitespace(text.charAt(tagEnd))) {
            tagEnd++;
        }
        int innerStart = skipSpaces(tagEnd);
        YamlScalars.Style style = YamlScalars.styleAt(text, innerStart);
        String value = style == YamlScalars.Style.BLOCK
                ? YamlScalars.literal(inner.get(), contentIndent(innerStart)).orElse(YamlScalars.text(inner.get(), false))
                : YamlScalars.text(inner.get(), style, inFlow(parent(path)));
        edit(s.startOffset(), contentEnd(path, old), text.substring(s.startOffset(), tagEnd) + " " + value, path, false);
        return true;
    }

    @Override
    protected boolean scalar(List<Object> path, Object old, Object neu) {
        SourceSpan s = span(path);
        if (s.length() == 0 || "!&*".indexOf(text.charAt(s.startOffset())) >= 0) {
            return false;
        }
        YamlScalars.Style style = YamlScalars.styleAt(text, s.startOffset());
        String value;
        if (!(neu instanceof String str)) {
            value = YamlScalars.plainValue(neu);
        } else if (style == YamlScalars.Style.BLOCK) {
            value = YamlScalars.literal(str, contentIndent(s.startOffset())).orElse(YamlScalars.text(str, false));
        } else {
            value = YamlScalars.text(str, style, inFlow(parent(path)));
        }
        edit(s.startOffset(), contentEnd(path, old), value, path, false);
        return true;
    }

    @Override
    protected void renameKey(List<Object> c, String oldKey, String newKey) {
        SourceSpan ks = doc.keySpan(append(c, oldKey)).orElseThrow(() -> new PatchFailure("no key span"));
        YamlScalars.Style style = YamlScalars.styleAt(text, ks.startOffset());
        String k = style == YamlScalars.Style.PLAIN ? YamlScalars.text(newKey, inFlow(c))
                : YamlScalars.text(newKey, style, inFlow(c));
        edit(ks.startOffset(), ks.endOffset(), k, append(c, oldKey), false);
    }

    @Override
    protected boolean editEntries(List<Object> c, Map<?, ?> old, Set<String> removed, Map<String, Object> added) {
        if (inFlow(c)) {
            return false;
        }
        List<String> keys = new ArrayList<>();
        old.keySet().forEach(k -> keys.add((String) k));
        int n = keys.size();
        int[] keyStart = new int[n];
        int[] entryEnd = new int[n];
        for (int i = 0; i < n; i++) {
            List<Object> p = append(c, keys.get(i));
            keyStart[i] = doc.keySpan(p).orElseThrow(() -> new PatchFailure("no key span")).startOffset();
            entryEnd[i] = lineEnd(Math.max(keyStart[i], contentEnd(p, old.get(keys.get(i)))));
        }
        for (int a = 0; a < n; a++) {
            if (!removed.contains(keys.get(a))) {
                continue;
            }
            int b = a;
            while (b + 1 < n && removed.contains(keys.get(b + 1))) {
                b++;
            }
            if (firstOnLine(keyStart[a])) {
                edit(lineStart(keyStart[a]), entryEnd[b], "", c, false);
            } else if (b + 1 < n) {
                edit(keyStart[a], keyStart[b + 1], "", c, false); // "- a: 1\n  b: 2" → "- b: 2"
            } else {
                throw new PatchFailure("cannot remove the entry sharing its line");
            }
            a = b;
        }
        if (!added.isEmpty()) {
            int col = column(keyStart[0]);
            StringBuilder b = new StringBuilder();
            added.forEach((k, v) -> b.append(YamlWriter.pad(col)).append(writer.entry(k, v, col)).append('\n'));
            insertLines(entryEnd[n - 1], b, c);
        }
        return true;
    }

    @Override
    protected boolean editItems(List<Object> c, List<?> old, SortedSet<Integer> removed, List<Insertion> insertions) {
        if (inFlow(c)) {
            return false;
        }
        int n = old.size();
        int[] start = new int[n];
        int[] end = new int[n];
        for (int i = 0; i < n; i++) {
            List<Object> p = append(c, i);
            int dash = dash(p);
            if (!firstOnLine(dash)) {
                throw new PatchFailure("item shares its line");
            }
            start[i] = lineStart(dash);
            end[i] = lineEnd(Math.max(dash, contentEnd(p, old.get(i))));
        }
        int col = column(dash(append(c, 0)));
        for (int r : removed) {
            edit(start[r], end[r], "", c, false);
        }
        for (Insertion ins : insertions) {
            StringBuilder b = new StringBuilder();
            ins.values().forEach(v -> b.append(YamlWriter.pad(col)).append(writer.item(v, col)).append('\n'));
            insertLines(ins.afterOld() < 0 ? start[0] : end[ins.afterOld()], b, c);
        }
        return true;
    }

    private void insertLines(int at, StringBuilder lines, List<Object> site) {
        String s = lines.toString();
        if (at == text.length() && at > 0 && text.charAt(at - 1) != '\n') {
            s = "\n" + s.substring(0, s.length() - 1); // the file ends without a line break: keep it so
        }
        edit(at, at, s, site, false);
    }

    @Override
    protected boolean atomic(List<Object> c) {
        Optional<SourceSpan> s = doc.ownSpan(c);
        return s.isEmpty() || text.startsWith("*", s.get().startOffset());
    }

    // ---- geometry of YAML nodes

    /** A one-key intrinsic map written as a tag ({@code !Ref X}): the tag's node carries both paths' span. */
    private boolean shortForm(List<Object> path, Map<?, ?> value) {
        if (value.size() != 1) {
            return false;
        }
        Optional<SourceSpan> own = doc.ownSpan(path);
        return own.isPresent() && own.equals(doc.ownSpan(append(path, value.keySet().iterator().next())))
                && text.startsWith("!", own.get().startOffset());
    }

    private boolean childSpans(List<Object> c, Object value) {
        if (value instanceof List<?> l && !l.isEmpty()) {
            return doc.ownSpan(append(c, 0)).isPresent();
        }
        if (value instanceof Map<?, ?> m && !m.isEmpty()) {
            return doc.ownSpan(append(c, m.keySet().iterator().next())).isPresent();
        }
        return false;
    }

    /**
     * Where the node's own text ends: block collections end with their last child (the parser's end mark is at
     * the next token, past comments and blank lines); block scalars before their trailing blank lines.
     */
    private int contentEnd(List<Object> path, Object value) {
        SourceSpan s = span(path);
        if (Values.isCollection(value) && !text.startsWith("*", s.startOffset())) {
            List<Object> base = path;
            Object inner = value;
            if (value instanceof Map<?, ?> m && shortForm(path, m)) {
                base = append(path, m.keySet().iterator().next());
                inner = m.values().iterator().next();
            }
            if (childSpans(base, inner) && !isFlowAt(s.startOffset())) {
                if (inner instanceof List<?> l) {
                    return contentEnd(append(base, l.size() - 1), l.get(l.size() - 1));
                }
                Map<?, ?> m = (Map<?, ?>) inner;
                Object lastKey = null;
                for (Object k : m.keySet()) {
                    lastKey = k;
                }
                return contentEnd(append(base, lastKey), m.get(lastKey));
            }
        }
        int end = s.endOffset();
        while (end > s.startOffset() && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Whether the node starting at {@code offset} (after its tag and anchor) is a flow collection. */
    private boolean isFlowAt(int offset) {
        int i = offset;
        while (i < text.length() && (text.charAt(i) == '!' || text.charAt(i) == '&')) {
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
        }
        return i < text.length() && (text.charAt(i) == '{' || text.charAt(i) == '[');
    }

    /** Whether the children of the container at {@code c} are in flow context (it or an ancestor is flow). */
    private boolean inFlow(List<Object> c) {
        for (int n = c.size(); n >= 0; n--) {
            Optional<SourceSpan> s = doc.ownSpan(c.subList(0, n));
            if (s.isPresent() && isFlowAt(s.get().startOffset())) {
                return true;
            }
        }
        return false;
    }

    private int dash(List<Object> itemPath) {
        int i = span(itemPath).startOffset() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        if (i < 0 || text.charAt(i) != '-') {
            throw new PatchFailure("no dash before item");
        }
        return i;
    }

    /** The indentation of a block scalar's first content line (its header starts at {@code header}). */
    private int contentIndent(int header) {
        int line = lineEnd(header);
        while (line < text.length() && text.substring(line, lineEnd(line)).isBlank()) {
            line = lineEnd(line);
        }
        int i = line;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i > line) {
            return i - line;
        }
        int own = lineStart(header);
        int lead = own;
        while (lead < text.length() && text.charAt(lead) == ' ') {
            lead++;
        }
        return lead - own + 2;
    }

    private int skipSpaces(int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private static List<Object> parent(List<Object> path) {
        return path.isEmpty() ? path : path.subList(0, path.size() - 1);
    }

    // ---- the document's style

    /** Columns between a key and its child keys, from the first section that has children. */
    private int detectIndent() {
        for (Map.Entry<String, Object> e : doc.root().entrySet()) {
            if (e.getValue() instanceof Map<?, ?> m && !m.isEmpty()) {
                Optional<SourceSpan> parent = doc.keySpan(List.of(e.getKey()));
                Optional<SourceSpan> child = doc.keySpan(List.of(e.getKey(), m.keySet().iterator().next()));
                if (parent.isPresent() && child.isPresent() && child.get().startLine() > parent.get().startLine()) {
                    int d = child.get().startColumn() - parent.get().startColumn();
                    if (d > 0) {
                        return d;
                    }
                }
            }
        }
        return 2;
    }

    /** Whether block sequences under a key are indented (by the indent width) or start at the key's column. */
    private int detectSequenceIndent(int indent) {
        List<List<Object>> queue = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        queue.add(List.of());
        values.add(doc.tree());
        for (int q = 0; q < queue.size() && q < 5000; q++) {
            if (!(values.get(q) instanceof Map<?, ?> m)) {
                continue;
            }
            for (Map.Entry<?, ?> e : m.entrySet()) {
                List<Object> p = append(queue.get(q), e.getKey());
                Optional<SourceSpan> item = doc.ownSpan(append(p, 0));
                Optional<SourceSpan> key = doc.keySpan(p);
                if (e.getValue() instanceof List<?> l && !l.isEmpty() && item.isPresent() && key.isPresent()
                        && item.get().startLine() > key.get().startLine()) {
                    try {
                        int d = column(dash(append(p, 0))) - column(key.get().startOffset());
                        return d >= 0 ? d : indent;
                    } catch (PatchFailure f) {
                        continue;
                    }
                }
                queue.add(p);
                values.add(e.getValue());
            }
        }
        return indent;
    }
}
