package org.patternboard.exporters.importer;

import java.util.List;
import org.patternboard.model.design.Architecture;

/** The design read from a template, and what the reading found worth saying. */
public record ImportResult(Architecture design, List<ImportIssue> issues) {
    public ImportResult {
        issues = List.copyOf(issues);
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(i -> i.level() == ImportIssue.Level.ERROR);
    }
}
