package org.patternboard.exporters.cloudformation.source;

import java.util.List;

/**
 * Replace {@code [start, end)} of the original text with {@code text}. {@code site} is the path of the node the
 * edit belongs to; {@code whole} says the node was written out in full (a failed check then widens to its parent).
 */
record TextEdit(int start, int end, String text, List<Object> site, boolean whole) {
}
