package org.patternboard.exporters.cloudformation.source;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import java.util.Map;

/** Writes values as JSON in a document's own style: its indent width and its {@code ": "} between key and value. */
final class JsonWriter {
    private final int indent;
    private final String colon;

    JsonWriter(int indent, String colon) {
        this.indent = indent;
        this.colon = colon;
    }

    int indent() {
        return indent;
    }

    String colon() {
        return colon;
    }

    static String string(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    /**
     * A value starting at the current position; a multi-line collection closes at column {@code col} and puts its
     * members at {@code col + indent}; a compact one stays on the line.
     */
    String write(Object v, int col, boolean compact) {
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) {
                return "{}";
            }
            StringBuilder b = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                b.append(first ? "" : ",").append(compact ? (first ? "" : " ") : "\n" + YamlWriter.pad(col + indent));
                b.append(string((String) e.getKey())).append(colon).append(write(e.getValue(), col + indent, compact));
                first = false;
            }
            return b.append(compact ? "" : "\n" + YamlWriter.pad(col)).append('}').toString();
        }
        if (v instanceof List<?> l) {
            if (l.isEmpty()) {
                return "[]";
            }
            StringBuilder b = new StringBuilder("[");
            boolean first = true;
            for (Object item : l) {
                b.append(first ? "" : ",").append(compact ? (first ? "" : " ") : "\n" + YamlWriter.pad(col + indent));
                b.append(write(item, col + indent, compact));
                first = false;
            }
            return b.append(compact ? "" : "\n" + YamlWriter.pad(col)).append(']').toString();
        }
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof Number n) {
            return Values.number(n);
        }
        return String.valueOf(v);
    }
}
