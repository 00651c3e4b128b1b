package org.patternboard.exporters.report;

import java.util.List;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.Severity;

/**
 * One finding as a reviewer reads it: what is wrong where, why it matters, what to do, where to read more.
 *
 * @param targets the names of the components and connections it points at, as "Name (id)"
 * @param suppressionReason why the design accepts the risk, or null for an open finding
 */
public record ReportFinding(String ruleId, Pillar pillar, Severity severity, String title, String message,
        List<String> targets, String rationale, String remedy, List<String> references, String suppressionReason) {
    public ReportFinding {
        targets = List.copyOf(targets);
        references = List.copyOf(references);
    }
}
