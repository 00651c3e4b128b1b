package org.patternboard.exporters.cloudformation.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The structural diff of a document's tree and a new tree, turned into text edits over the spans of the nodes that
 * changed. The walk is shared; how an entry is added, removed or written depends on the syntax (subclasses).
 */
abstract class EditPlanner {
    /** Where a node sits in its parent: writes a new value over the whole node. May throw {@link PatchFailure}. */
    interface Slot {
        void replace(Object value);
    }

    /** New list items to insert after old item {@code afterOld} (-1: before the first old item). */
    record Insertion(int afterOld, List<Object> values) {
    }

    protected final TemplateDocument doc;
    protected final String text;
    private final Set<List<Object>> forced;
    private final List<TextEdit> edits = new ArrayList<>();

    EditPlanner(TemplateDocument doc, Set<List<Object>> forced) {
        this.doc = doc;
        this.text = doc.text();
        this.forced = forced;
    }

    static EditPlanner of(TemplateDocument doc, Set<List<Object>> forced) {
        return doc.isJson() ? new JsonPlanner(doc, forced) : new YamlPlanner(doc, forced);
    }

    List<TextEdit> plan(Object newTree) {
        diff(List.of(), doc.tree(), newTree, rootSlot());
        return edits;
    }

    protected final void edit(int start, int end, String replacement, List<Object> site, boolean whole) {
        edits.add(new TextEdit(start, end, replacement, site, whole));
    }

    /** Patches the node at {@code path} in place if it can, else writes it out whole through its slot. */
    protected final void diff(List<Object> path, Object old, Object neu, Slot slot) {
        if (Values.same(old, neu)) {
            return;
        }
        int mark = edits.size();
        if (!forced.contains(path)) {
            try {
                if (inPlace(path, old, neu, slot)) {
                    return;
                }
            } catch (PatchFailure f) {
                // fall through: the node is written whole
            }
            edits.subList(mark, edits.size()).clear();
        }
        slot.replace(neu);
    }

    private boolean inPlace(List<Object> path, Object old, Object neu, Slot slot) {
        if (old instanceof Map<?, ?> om && neu instanceof Map<?, ?> nm) {
            return map(path, om, nm, slot);
        }
        if (old instanceof List<?> ol && neu instanceof List<?> nl) {
            return list(path, ol, nl);
        }
        if (!Values.isCollection(old) && !Values.isCollection(neu)) {
            return scalar(path, old, neu);
        }
        return false;
    }

    /** A changed map; the YAML planner first looks for short forms. */
    protected boolean map(List<Object> path, Map<?, ?> old, Map<?, ?> neu, Slot slot) {
        return entries(path, old, neu);
    }

    /** Diffs the entries of the map whose children sit at {@code c + [key]}. */
    protected final boolean entries(List<Object> c, Map<?, ?> old, Map<?, ?> neu) {
        if (old.isEmpty() || neu.isEmpty() || atomic(c)) {
            return false;
        }
        List<String> removed = new ArrayList<>();
        Map<String, Object> added = new LinkedHashMap<>();
        for (Object k : old.keySet()) {
            if (!neu.containsKey(k)) {
                removed.add((String) k);
            }
        }
        for (Map.Entry<?, ?> e : neu.entrySet()) {
            if (!old.containsKey(e.getKey())) {
                added.put((String) e.getKey(), e.getValue());
            }
        }
        // a key removed and a key added with an equal value: a rename (a renamed logical id), done in place
        Map<String, String> renames = new LinkedHashMap<>();
        for (String r : removed) {
            for (Map.Entry<String, Object> a : added.entrySet()) {
                if (!renames.containsValue(a.getKey()) && Values.same(old.get(r), a.getValue())) {
                    renames.put(r, a.getKey());
                    break;
                }
            }
        }
        removed.removeAll(renames.keySet());
        renames.values().forEach(added::remove);
        if (removed.size() == old.size()) {
            return false; // nothing left to anchor new entries to: the map is written whole
        }
        for (Map.Entry<?, ?> e : old.entrySet()) {
            String k = (String) e.getKey();
            if (neu.containsKey(k)) {
                diff(append(c, k), e.getValue(), neu.get(k), valueSlot(c, k, e.getValue()));
            }
        }
        renames.forEach((from, to) -> renameKey(c, from, to));
        if (!removed.isEmpty() || !added.isEmpty()) {
            return editEntries(c, old, Set.copyOf(removed), added);
        }
        return true;
    }

    /** Diffs the items of the list whose children sit at {@code c + [index]}, aligned on equal items. */
    protected final boolean list(List<Object> c, List<?> old, List<?> neu) {
        if (old.isEmpty() || neu.isEmpty() || atomic(c)) {
            return false;
        }
        List<ListAlignment.Step> steps = ListAlignment.align(old, neu);
        SortedSet<Integer> removed = new TreeSet<>();
        List<Insertion> insertions = new ArrayList<>();
        int lastOld = -1;
        List<Object> pending = new ArrayList<>();
        for (ListAlignment.Step s : steps) {
            if (s.inserted()) {
                pending.add(neu.get(s.newIndex()));
                continue;
            }
            if (!pending.isEmpty()) {
                insertions.add(new Insertion(lastOld, List.copyOf(pending)));
                pending.clear();
            }
            if (s.removed()) {
                removed.add(s.oldIndex());
            } else {
                lastOld = s.oldIndex();
                if (!s.equal()) {
                    diff(append(c, s.oldIndex()), old.get(s.oldIndex()), neu.get(s.newIndex()),
                            itemSlot(c, s.oldIndex(), old.get(s.oldIndex())));
                }
            }
        }
        if (!pending.isEmpty()) {
            insertions.add(new Insertion(lastOld, List.copyOf(pending)));
        }
        if (removed.size() == old.size()) {
            return false;
        }
        return removed.isEmpty() && insertions.isEmpty() || editItems(c, old, removed, insertions);
    }

    static List<Object> append(List<Object> path, Object last) {
        List<Object> p = new ArrayList<>(path.size() + 1);
        p.addAll(path);
        p.add(last);
        return List.copyOf(p);
    }

    protected final SourceSpan span(List<Object> path) {
        return doc.ownSpan(path).orElseThrow(() -> new PatchFailure("no span at " + path));
    }

    // ---- text geometry shared by both syntaxes

    protected final int lineStart(int offset) {
        int i = offset;
        while (i > 0 && text.charAt(i - 1) != '\n' && text.charAt(i - 1) != '\r') {
            i--;
        }
        return i;
    }

    /** Just past the line break ending the line of {@code offset} (or the end of the text). */
    protected final int lineEnd(int offset) {
        int i = offset;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\r') {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '\n') {
            i++;
        }
        return i;
    }

    protected final int column(int offset) {
        return offset - lineStart(offset);
    }

    protected final boolean firstOnLine(int offset) {
        return text.substring(lineStart(offset), offset).isBlank();
    }

    // ---- what each syntax provides

    protected abstract Slot rootSlot();

    protected abstract Slot valueSlot(List<Object> c, String key, Object oldValue);

    protected abstract Slot itemSlot(List<Object> c, int index, Object oldValue);

    /** Whether the container at {@code c} cannot be patched inside (no spans for its children, an alias …). */
    protected abstract boolean atomic(List<Object> c);

    protected abstract boolean scalar(List<Object> path, Object old, Object neu);

    protected abstract void renameKey(List<Object> c, String oldKey, String newKey);

    protected abstract boolean editEntries(List<Object> c, Map<?, ?> old, Set<String> removed, Map<String, Object> added);

    protected abstract boolean editItems(List<Object> c, List<?> old, SortedSet<Integer> removed, List<Insertion> insertions);
}
