package org.patternboard.model.diff;

/** Where an element sits on the canvas; width or height are null when the element uses its default size. */
public record Placement(double x, double y, Double width, Double height) {
}
