package org.patternboard.exporters.cloudformation.source;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes values as YAML in a document's own style: block mappings and sequences at its indent width, sequences
 * under a key indented as the document does, intrinsics in short form ({@code !Ref X}) when the document uses them.
 */
final class YamlWriter {
    /** A short-form collection longer than this goes on lines of its own instead of one flow line. */
    private static final int FLOW_WIDTH = 100;
    private final int indent;
    private final int sequenceIndent;
    private final boolean shortForms;

    YamlWriter(int indent, int sequenceIndent, boolean shortForms) {
        this.indent = indent;
        this.sequenceIndent = sequenceIndent;
        this.shortForms = shortForms;
    }

    int indent() {
        return indent;
    }

    static String pad(int n) {
        return " ".repeat(Math.max(0, n));
    }

    /** What follows {@code key:} for this value, the key being at column {@code keyCol}. */
    String entryValue(Object v, int keyCol) {
        if (v instanceof Map<?, ?> m && !m.isEmpty() && shortTag(m).isEmpty()) {
            return "\n" + pad(keyCol + indent) + block(v, keyCol + indent);
        }
        if (v instanceof List<?> l && !l.isEmpty()) {
            return "\n" + pad(keyCol + sequenceIndent) + block(v, keyCol + sequenceIndent);
        }
        return " " + inline(v, keyCol + indent);
    }

    /** A whole map entry, {@code key: value}, its key at column {@code keyCol} (not padded here). */
    String entry(String key, Object v, int keyCol) {
        return key(key, false) + ":" + entryValue(v, keyCol);
    }

    /** A whole sequence item, {@code - value}, its dash at column {@code dashCol} (not padded here). */
    String item(Object v, int dashCol) {
        return "- " + inline(v, dashCol + 2);
    }

    /**
     * A node written from the current position on: scalars and flow on the line, block collections with their
     * first line here and the others at column {@code col}.
     */
    String inline(Object v, int col) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                return "{}";
            }
            Optional<String> tag = shortTag(m);
            if (tag.isPresent()) {
                return shortForm(tag.get(), m, col);
            }
            return block(v, col);
        }
        if (v instanceof List<?> l) {
            return l.isEmpty() ? "[]" : block(v, col);
        }
        if (v instanceof String s) {
            return YamlScalars.literal(s, col).orElseGet(() -> YamlScalars.text(s, false));
        }
        return YamlScalars.plainValue(v);
    }

    /** A non-empty map or list in block style, first line unpadded, the rest at column {@code col}. */
    String block(Object v, int col) {
        StringBuilder b = new StringBuilder();
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!b.isEmpty()) {
                    b.append('\n').append(pad(col));
                }
                b.append(entry((String) e.getKey(), e.getValue(), col));
            }
        } else {
            for (Object item : (List<?>) v) {
                if (!b.isEmpty()) {
                    b.append('\n').append(pad(col));
                }
                b.append(item(item, col));
            }
        }
        return b.toString();
    }

    /** A value in flow style, on one line. */
    String flow(Object v) {
        if (v instanceof Map<?, ?> m) {
            Optional<String> tag = shortTag(m);
            if (tag.isPresent()) {
                Object inner = m.values().iterator().next();
                return tag.get() + " " + shortScalar(m).map(s -> YamlScalars.text(s, true)).orElseGet(() -> flow(inner));
            }
            StringBuilder b = new StringBuilder("{");
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (b.length() > 1) {
                    b.append(", ");
                }
                b.append(key((String) e.getKey(), true)).append(": ").append(flow(e.getValue()));
            }
            return b.append('}').toString();
        }
        if (v instanceof List<?> l) {
            StringBuilder b = new StringBuilder("[");
            for (Object item : l) {
                if (b.length() > 1) {
                    b.append(", ");
                }
                b.append(flow(item));
            }
            return b.append(']').toString();
        }
        if (v instanceof String s) {
            return YamlScalars.text(s, true);
        }
        return YamlScalars.plainValue(v);
    }

    static String key(String k, boolean flow) {
        return YamlScalars.text(k, flow);
    }

    /** The short-form tag for a one-key intrinsic map, when the document writes intrinsics that way. */
    Optional<String> shortTag(Map<?, ?> m) {
        if (!shortForms || m.size() != 1) {
            return Optional.empty();
        }
        Map.Entry<?, ?> e = m.entrySet().iterator().next();
        Optional<String> tag = ShortForms.shortForm((String) e.getKey());
        if (tag.isEmpty()) {
            return tag;
        }
        Object inner = e.getValue();
        // !Ref and !Condition name something: only text reads back the same
        boolean names = tag.get().equals("!Ref") || tag.get().equals("!Condition");
        if (names ? !(inner instanceof String) : !(inner instanceof String || Values.isCollection(inner))) {
            return Optional.empty();
        }
        if (inner instanceof Map<?, ?> im && shortTag(im).isPresent()) {
            return Optional.empty(); // a node has one tag: !Equals !Ref X is not YAML, so the outer stays long
        }
        if (tag.get().equals("!GetAtt") && inner instanceof String) {
            return Optional.empty(); // !GetAtt A.B reads back as a list
        }
        return tag;
    }

    /** The text after the tag when a short form is a scalar ({@code !GetAtt A.B} for {@code [A, B]}). */
    static Optional<String> shortScalar(Map<?, ?> m) {
        Map.Entry<?, ?> e = m.entrySet().iterator().next();
        Object inner = e.getValue();
        if (e.getKey().equals("Fn::GetAtt")) {
            if (inner instanceof List<?> l && l.size() == 2 && l.get(0) instanceof String a && l.get(1) instanceof String b
                    && !a.contains(".") && !a.isEmpty()) {
                return Optional.of(a + "." + b);
            }
            return Optional.empty();
        }
        return inner instanceof String s ? Optional.of(s) : Optional.empty();
    }

    private String shortForm(String tag, Map<?, ?> m, int col) {
        Optional<String> scalar = shortScalar(m);
        if (scalar.isPresent()) {
            String s = scalar.get();
            return tag + " " + YamlScalars.literal(s, col).orElseGet(() -> YamlScalars.text(s, false));
        }
        Object inner = m.values().iterator().next();
        String flow = tag + " " + flow(inner);
        if (col + flow.length() <= FLOW_WIDTH || ((inner instanceof List<?> l) ? l.isEmpty() : ((Map<?, ?>) inner).isEmpty())) {
            return flow;
        }
        return tag + "\n" + pad(col) + block(inner, col);
    }

    /** The document written out whole (the last resort of a save-back). */
    String document(Map<?, ?> root) {
        return (root.isEmpty() ? "{}" : block(root, 0)) + "\n";
    }

}
