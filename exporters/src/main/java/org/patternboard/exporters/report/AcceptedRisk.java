package org.patternboard.exporters.report;

/**
 * A suppression of the design: a rule silenced for a target, with the reason a reviewer reads.
 *
 * @param target "Name (id)", or "the whole design"
 * @param findings how many findings it silences in this version of the design (0: it silences nothing now)
 */
public record AcceptedRisk(String ruleId, String title, String target, String reason, int findings) {
}
