package org.patternboard.exporters.cloudformation.source;

/** A clever patch does not apply to this node's layout; the caller writes the node (or its parent) out whole. */
final class PatchFailure extends RuntimeException {
    PatchFailure(String why) {
        super(why, null, false, false);
    }
}
