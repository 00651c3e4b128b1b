package org.patternboard.exporters.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.patternboard.model.rules.Pillar;

/**
 * Everything a review report shows, assembled once ({@link ReportAssembler}) and written by each format
 * ({@link HtmlReport}, {@link MarkdownReport}, {@link PdfReport}), so the three always say the same.
 *
 * @param diagramSvg the diagram as a standalone SVG document
 * @param scores the six pillar scores, in pillar order
 * @param findings open (unsuppressed) findings, by pillar then severity then rule
 * @param acceptedRisks the design's suppressions with their reasons
 * @param cost the monthly cost estimate
 */
public record ReviewReport(ReportMetadata metadata, String diagramSvg, Map<Pillar, Integer> scores,
        List<ReportFinding> findings, List<ReportFinding> suppressedFindings, List<AcceptedRisk> acceptedRisks,
        List<PatternUse> patterns, List<InventoryItem> inventory, List<Flow> flows, ReportCost cost,
        Optional<ReportChanges> changes) {

    public ReviewReport {
        scores = Map.copyOf(scores);
        findings = List.copyOf(findings);
        suppressedFindings = List.copyOf(suppressedFindings);
        acceptedRisks = List.copyOf(acceptedRisks);
        patterns = List.copyOf(patterns);
        inventory = List.copyOf(inventory);
        flows = List.copyOf(flows);
        changes = changes == null ? Optional.empty() : changes;
    }

    /** The open findings of one pillar. */
    public List<ReportFinding> findings(Pillar pillar) {
        return findings.stream().filter(f -> f.pillar() == pillar).toList();
    }

    public int score(Pillar pillar) {
        return scores.getOrDefault(pillar, 100);
    }

    /** The same report with a changes section. */
    public ReviewReport withChanges(ReportChanges c) {
        return new ReviewReport(metadata, diagramSvg, scores, findings, suppressedFindings, acceptedRisks, patterns,
                inventory, flows, cost, Optional.ofNullable(c));
    }
}
