package org.patternboard.exporters.diff;

import java.util.List;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.diff.DesignDiff;
import org.patternboard.model.diff.PropertyChange;

/** The diff as a short changelog for a terminal: a heading per kind, one line per element, changes indented. */
public final class DiffText {
    private DiffText() {
    }

    public static String write(DesignDiff diff, Architecture oldDesign, Architecture newDesign) {
        List<DiffSections.Section> sections = DiffSections.of(diff, oldDesign, newDesign, Catalog.standard());
        if (sections.isEmpty()) {
            return "No differences.\n";
        }
        StringBuilder out = new StringBuilder();
        for (DiffSections.Section s : sections) {
            out.append(s.title()).append('\n');
            for (DiffSections.Entry e : s.entries()) {
                out.append("  ");
                if (e.sign() == DiffSections.Sign.SCORE) {
                    out.append(e.subject()).append(' ').append(e.detail()).append('\n');
                    continue;
                }
                out.append(e.sign().mark).append(' ').append(e.subject());
                if (!e.detail().isEmpty()) {
                    out.append(e.sign() == DiffSections.Sign.INTRODUCED || e.sign() == DiffSections.Sign.RESOLVED
                            ? " (" + e.sign().word + "): " : "  ").append(e.detail());
                }
                out.append('\n');
                for (PropertyChange p : e.changes()) {
                    out.append("      ").append(p.name()).append(": ").append(DiffValues.show(p.oldValue()))
                            .append(" \u2192 ").append(DiffValues.show(p.newValue())).append('\n');
                }
            }
        }
        return out.toString();
    }
}
