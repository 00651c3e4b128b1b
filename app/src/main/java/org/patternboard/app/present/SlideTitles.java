package org.patternboard.app.present;

import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Group;
import org.patternboard.model.story.Slide;

/** A slide's title: the presenter's caption, or one made from the design (so renames show up). */
public final class SlideTitles {
    private SlideTitles() {
    }

    public static String title(Slide s, Architecture a) {
        if (!s.caption().isBlank()) {
            return s.caption();
        }
        return switch (s.kind()) {
            case OVERVIEW -> a.name().isBlank() ? "Overview" : a.name();
            case FRAME -> a.group(s.target()).map(Group::label).filter(l -> !l.isBlank()).orElse(s.target());
            case FLOW -> "Request flow: " + a.component(s.target()).map(Component::name).filter(n -> !n.isBlank())
                    .orElse(s.target());
            case CUSTOM -> "Custom view";
        };
    }
}
