package org.patternboard.app.canvas;

import org.patternboard.exporters.diagram.Box;

/** Transient things drawn over the design during a gesture (world coordinates). */
final class Overlay {
    /** Marquee rectangle, or null. */
    Box marquee;
    /** Connection being drawn: from this card to the pointer. */
    String connectFrom;
    double connectX;
    double connectY;
    /** The card under the pointer while connecting, and whether the connection would be legal. */
    String connectTarget;
    boolean connectLegal;
    String connectHint;
    /** Where a palette item would land, and what it is. */
    Box dropGhost;
    String dropLabel;
    /** A design comparison shown on the canvas: element id to "added" or "changed", and where removed ones stood. */
    java.util.Map<String, String> diffMarks = java.util.Map.of();
    java.util.List<Box> diffRemoved = java.util.List.of();

    /** The cost heat overlay: element id to its share of the most expensive one (0..1), and its label. */
    java.util.Map<String, Double> heat = java.util.Map.of();
    java.util.Map<String, String> heatLabels = java.util.Map.of();

    void clear() {
        marquee = null;
        connectFrom = null;
        connectTarget = null;
        connectHint = null;
        dropGhost = null;
        dropLabel = null;
    }
}
