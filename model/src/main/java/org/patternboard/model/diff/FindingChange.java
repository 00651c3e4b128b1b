package org.patternboard.model.diff;

import java.util.List;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.Severity;

/** A finding that one design has open and the other has not; targets are ids of the design it is open in. */
public record FindingChange(String rule, List<String> targets, Pillar pillar, Severity severity, String title,
        String message) {
    public FindingChange {
        targets = List.copyOf(targets);
    }
}
