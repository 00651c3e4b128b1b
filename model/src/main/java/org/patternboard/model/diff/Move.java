package org.patternboard.model.diff;

/** An element moved or resized, and nothing else about it needs to be said for that. */
public record Move(String id, Placement from, Placement to) {
}
