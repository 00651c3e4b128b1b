package org.patternboard.model.diff;

/** An element whose id changed between the two designs, matched by what it is (type and name) instead. */
public record Rename(String from, String to) {
}
