package org.patternboard.model.story;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.patternboard.model.design.Values;
import java.util.TreeSet;

/**
 * One saved view of a design. {@code target} is the frame or group id (frame slides) or the entry
 * component id (flow slides); null for overview and custom slides. {@code camera} null means "fit the
 * target" (the whole design for the overview), worked out from the layout when presenting, so generated
 * slides follow the diagram when it is moved. An empty caption means the default title of the slide.
 * Highlighted ids are kept sorted (their order means nothing), so a story writes the same bytes every time.
 * {@code extra} holds fields of the file this version does not know, written back unchanged.
 */
public record Slide(String id, SlideKind kind, String target, Camera camera, List<String> highlight, String caption,
        String notes, boolean hidden, Map<String, Object> extra) {

    public Slide {
        if (id == null || id.isEmpty()) {
            throw new IllegalArgumentException("a slide needs an id");
        }
        Objects.requireNonNull(kind, "kind");
        if ((kind == SlideKind.FRAME || kind == SlideKind.FLOW) && (target == null || target.isEmpty())) {
            throw new IllegalArgumentException("slide '" + id + "': a " + kind.id() + " slide needs a target");
        }
        highlight = highlight == null ? List.of() : List.copyOf(new TreeSet<>(highlight));
        caption = caption == null ? "" : caption;
        notes = notes == null ? "" : notes;
        extra = Values.freezeMap(extra == null ? Map.of() : extra);
    }

    public Slide(String id, SlideKind kind, String target, Camera camera, List<String> highlight, String caption,
            String notes, boolean hidden) {
        this(id, kind, target, camera, highlight, caption, notes, hidden, Map.of());
    }

    public static Slide generated(String id, SlideKind kind, String target) {
        return new Slide(id, kind, target, null, List.of(), "", "", false);
    }

    public Slide withCaption(String c) {
        return new Slide(id, kind, target, camera, highlight, c, notes, hidden, extra);
    }

    public Slide withNotes(String n) {
        return new Slide(id, kind, target, camera, highlight, caption, n, hidden, extra);
    }

    public Slide withHidden(boolean h) {
        return new Slide(id, kind, target, camera, highlight, caption, notes, h, extra);
    }

    public Slide withCamera(Camera c) {
        return new Slide(id, kind, target, c, highlight, caption, notes, hidden, extra);
    }

    public Slide withHighlight(List<String> ids) {
        return new Slide(id, kind, target, camera, ids, caption, notes, hidden, extra);
    }
}
