package org.patternboard.exporters.svg;

import org.patternboard.exporters.diagram.Box;
import org.patternboard.exporters.diagram.DiagramScene;

/**
 * What a view adds to {@link SvgDiagram}'s drawing without changing how the design itself is drawn: an extra
 * class per element, definitions, a wider area and a layer on top (the design diff marks and ghosts with it).
 */
public interface SvgDecoration {
    /** Adds nothing: the plain diagram. */
    SvgDecoration NONE = new SvgDecoration() {
    };

    /** The area to show, given the design's own (null for an empty design). */
    default Box bounds(Box designBounds) {
        return designBounds;
    }

    /** Markup inside {@code <defs>} (markers, styles), each line indented by four spaces. */
    default String defs() {
        return "";
    }

    /** A class added to the element's group, or null. */
    default String classOf(String elementId) {
        return null;
    }

    /** Drawn after the design, over it. */
    default void above(SvgDiagram.Painter painter, DiagramScene scene) {
    }
}
