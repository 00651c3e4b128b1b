package org.patternboard.model.edit;

import org.patternboard.model.design.Architecture;
import org.patternboard.model.story.Story;

/** Primitive: replaces the saved presentation story (null removes it), so slide changes undo like any edit. */
public record SetStory(Story after, String description) implements Edit {
    @Override
    public Architecture apply(Architecture before) {
        return before.withStory(after);
    }

    @Override
    public Edit inverse(Architecture before) {
        return new SetStory(before.story().orElse(null), "Undo " + description);
    }
}
