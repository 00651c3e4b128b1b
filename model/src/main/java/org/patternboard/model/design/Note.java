package org.patternboard.model.design;

import java.util.Map;
import java.util.Objects;

/** A free text note on the canvas. */
public record Note(String id, String text, double x, double y, Double width, Map<String, Object> extra) {
    public Note {
        Objects.requireNonNull(id, "id");
        text = text == null ? "" : text;
        extra = Values.freezeMap(extra);
    }

    public static Note of(String id, String text, double x, double y) {
        return new Note(id, text, x, y, null, Map.of());
    }

    public Note withPosition(double nx, double ny) {
        return new Note(id, text, nx, ny, width, extra);
    }

    public Note withText(String newText) {
        return new Note(id, newText, x, y, width, extra);
    }

    public Note withId(String newId) {
        return new Note(newId, text, x, y, width, extra);
    }
}
