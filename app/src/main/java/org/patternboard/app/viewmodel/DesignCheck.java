package org.patternboard.app.viewmodel;

import java.util.List;
import java.util.Map;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.Pillar;

/**
 * The findings and pillar scores of one design version.
 *
 * @param design the version that was checked (the UI may already be further)
 */
public record DesignCheck(Architecture design, List<Finding> findings, Map<Pillar, Integer> scores) {
    public DesignCheck {
        findings = List.copyOf(findings);
        scores = Map.copyOf(scores);
    }

    public List<Finding> about(String id) {
        return findings.stream().filter(f -> f.targets().contains(id)).toList();
    }
}
