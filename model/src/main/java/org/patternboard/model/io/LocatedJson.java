package org.patternboard.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into plain maps and lists while remembering where each object starts, so that a problem
 * found later (a dangling reference, a missing field) can still be reported with its line and column.
 */
final class LocatedJson {
    private final IdentityHashMap<Object, JsonLocation> locations = new IdentityHashMap<>();

    Object read(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                JsonLocation at = p.currentTokenLocation();
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    p.nextToken();
                    map.put(key, read(p));
                }
                locations.put(map, at);
                return map;
            }
            case START_ARRAY: {
                JsonLocation at = p.currentTokenLocation();
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(read(p));
                }
                locations.put(list, at);
                return list;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT: {
                Number n = p.getNumberValue();
                if (n instanceof java.math.BigInteger) {
                    throw outOfRange(p, "a whole number from -2^63 to 2^63-1");
                }
                return n;
            }
            case VALUE_NUMBER_FLOAT: {
                double d = p.getDoubleValue();
                if (!Double.isFinite(d)) {
                    throw outOfRange(p, "a number of at most about 1.8e308");
                }
                return d;
            }
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected token " + t);
        }
    }

    /** Numbers the model cannot hold exactly are refused rather than rounded, wrapped or saved as "Infinity". */
    private static ValueException outOfRange(JsonParser p, String expected) throws IOException {
        String text = p.getText();
        String shown = text.length() <= 24 ? text : text.substring(0, 24) + "…";
        return new ValueException(p.currentTokenLocation(), fieldName(p) + " must be " + expected + ", not " + shown);
    }

    /** The nearest field name around the current value (the list's field for a list element). */
    private static String fieldName(JsonParser p) {
        for (var ctx = p.getParsingContext(); ctx != null; ctx = ctx.getParent()) {
            if (ctx.inObject() && ctx.getCurrentName() != null) {
                return "\"" + ctx.getCurrentName() + "\"";
            }
        }
        return "the value";
    }

    /** A value that is valid JSON but not a value a design may hold, with where it is. */
    static final class ValueException extends IOException {
        private final transient JsonLocation at;

        ValueException(JsonLocation at, String message) {
            super(message);
            this.at = at;
        }

        JsonLocation at() {
            return at;
        }
    }

    JsonLocation locationOf(Object node) {
        return locations.get(node);
    }
}
