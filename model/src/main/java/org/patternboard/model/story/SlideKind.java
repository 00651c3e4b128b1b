package org.patternboard.model.story;

/** Where a slide comes from: generated from the design (overview, frame, flow) or added by the presenter. */
public enum SlideKind {
    OVERVIEW("overview"), FRAME("frame"), FLOW("flow"), CUSTOM("custom");

    private final String id;

    SlideKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static SlideKind fromId(String id) {
        for (SlideKind k : values()) {
            if (k.id.equals(id)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown slide kind '" + id + "'");
    }
}
