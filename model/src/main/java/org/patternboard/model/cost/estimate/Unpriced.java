package org.patternboard.model.cost.estimate;

/** A component with a usage-based price this table does not have. */
public record Unpriced(String id, String type, String reason) {
}
