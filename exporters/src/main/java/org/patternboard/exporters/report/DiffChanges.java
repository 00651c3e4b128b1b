package org.patternboard.exporters.report;

import java.util.ArrayList;
import java.util.List;
import org.patternboard.model.diff.DesignDiff;
import org.patternboard.model.diff.ElementChange;
import org.patternboard.model.diff.FindingChange;
import org.patternboard.model.diff.PropertyChange;
import org.patternboard.model.diff.Rename;

/**
 * The report's "changes since" section from the design diff (the same matching as {@code patternboard diff}:
 * by id, then type and name, so a renamed id reads as a rename). Layout moves are left out: a review is about
 * what the system does, and the diagram itself shows where things are.
 */
public final class DiffChanges {
    private DiffChanges() {
    }

    public static ReportChanges from(String since, DesignDiff diff) {
        List<ReportChanges.ChangedComponent> changed = new ArrayList<>();
        for (ElementChange c : diff.components().changed()) {
            List<ReportChanges.PropertyChange> props = new ArrayList<>();
            for (PropertyChange p : c.fields()) {
                props.add(new ReportChanges.PropertyChange(p.name(), p.oldValue(), p.newValue()));
            }
            for (PropertyChange p : c.properties()) {
                props.add(new ReportChanges.PropertyChange(p.name(), p.oldValue(), p.newValue()));
            }
            changed.add(new ReportChanges.ChangedComponent(c.id(), props));
        }
        return new ReportChanges(since, diff.components().added(), diff.components().removed(),
                diff.components().renamed().stream().map(DiffChanges::rename).toList(), changed,
                diff.connections().added(), diff.connections().removed(),
                diff.findings().introduced().stream().map(DiffChanges::finding).toList(),
                diff.findings().resolved().stream().map(DiffChanges::finding).toList(), diff.scores());
    }

    private static ReportChanges.Rename rename(Rename r) {
        return new ReportChanges.Rename(r.from(), r.to());
    }

    private static ReportChanges.FindingRef finding(FindingChange f) {
        return new ReportChanges.FindingRef(f.rule(), f.title(), f.targets());
    }
}
