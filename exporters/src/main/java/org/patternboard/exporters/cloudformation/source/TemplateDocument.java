package org.patternboard.exporters.cloudformation.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed template: its exact text, the value tree (plain maps in source key order, lists, strings, numbers,
 * booleans, null; short-form intrinsics in their long form) and where each value and key came from, so
 * findings can point at lines and a save can patch only what changed.
 */
public final class TemplateDocument {
    private final String text;
    private final String fileName;
    private final boolean json;
    private final Object tree;
    private final Map<List<Object>, SourceSpan> valueSpans;
    private final Map<List<Object>, SourceSpan> keySpans;
    private final boolean shortForms;

    TemplateDocument(String text, String fileName, boolean json, Object tree, Map<List<Object>, SourceSpan> valueSpans,
            Map<List<Object>, SourceSpan> keySpans, boolean shortForms) {
        this.text = text;
        this.fileName = fileName;
        this.json = json;
        this.tree = tree;
        this.valueSpans = valueSpans;
        this.keySpans = keySpans;
        this.shortForms = shortForms;
    }

    public String text() {
        return text;
    }

    public String fileName() {
        return fileName;
    }

    public boolean isJson() {
        return json;
    }

    /** The template as plain values; a top-level {@code Map<String, Object>}. Treat it as read-only. */
    public Object tree() {
        return tree;
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> root() {
        return (Map<String, Object>) tree;
    }

    /** Whether the YAML uses short-form tags such as {@code !Ref}; a save writes new intrinsics alike. */
    public boolean usesShortForms() {
        return shortForms;
    }

    /**
     * The span of the value at a path of map keys and list indices from the root, e.g.
     * {@code ["Resources", "Queue", "Properties", "VisibilityTimeout"]}. For a short-form intrinsic the span is
     * the tagged node ({@code !Ref X}); paths inside it resolve to the tagged node too.
     */
    public Optional<SourceSpan> span(List<Object> path) {
        List<Object> p = path;
        while (true) {
            SourceSpan s = valueSpans.get(p);
            if (s != null || p.isEmpty()) {
                return Optional.ofNullable(s);
            }
            if (!insideShortForm(p)) {
                return Optional.empty();
            }
            p = p.subList(0, p.size() - 1);
        }
    }

    /** The nearest span at or above a path: what a finding about a missing property points at. */
    public Optional<SourceSpan> nearestSpan(List<Object> path) {
        for (int n = path.size(); n >= 0; n--) {
            SourceSpan s = valueSpans.get(path.subList(0, n));
            if (s != null) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The span of the key of the map entry at {@code path} (its last element is the key). */
    public Optional<SourceSpan> keySpan(List<Object> path) {
        return Optional.ofNullable(keySpans.get(path));
    }

    /** The span recorded for exactly this path (no walk up into a short form): what the patcher edits. */
    Optional<SourceSpan> ownSpan(List<Object> path) {
        return Optional.ofNullable(valueSpans.get(path));
    }

    private boolean insideShortForm(List<Object> path) {
        // a synthetic long-form level ("Ref", "Fn::GetAtt" and their items) has no span of its own
        for (Object o : path) {
            if (o instanceof String s && (s.equals("Ref") || s.equals("Condition") || s.startsWith("Fn::"))) {
                return true;
            }
        }
        return false;
    }
}
