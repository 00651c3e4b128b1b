package org.patternboard.exporters.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Locale;
import org.patternboard.model.diff.Placement;

/** Property values and positions written the same way in every human format: compact JSON, "unset" for absent. */
final class DiffValues {
    private static final ObjectMapper JSON = new ObjectMapper().configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private DiffValues() {
    }

    static String show(Object value) {
        if (value == null) {
            return "unset";
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString(d.longValue());
        }
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    static String place(Placement p) {
        String at = num(p.x()) + "," + num(p.y());
        return p.width() == null && p.height() == null ? at
                : at + " " + (p.width() == null ? "auto" : num(p.width())) + "\u00d7"
                        + (p.height() == null ? "auto" : num(p.height()));
    }

    static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A signed score delta: "+5", "-12". */
    static String signed(int delta) {
        return delta > 0 ? "+" + delta : Integer.toString(delta);
    }
}
