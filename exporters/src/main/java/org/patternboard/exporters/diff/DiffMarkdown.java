package org.patternboard.exporters.diff;

import java.util.List;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.diff.DesignDiff;
import org.patternboard.model.diff.PropertyChange;

/** The diff as Markdown that fits a pull-request comment: a heading per kind, a list, property changes nested. */
public final class DiffMarkdown {
    private DiffMarkdown() {
    }

    public static String write(DesignDiff diff, Architecture oldDesign, Architecture newDesign) {
        StringBuilder md = new StringBuilder();
        md.append("## Design diff: ").append(esc(title(oldDesign, newDesign))).append("\n\n");
        List<DiffSections.Section> sections = DiffSections.of(diff, oldDesign, newDesign, Catalog.standard());
        if (sections.isEmpty()) {
            return md.append("No differences.\n").toString();
        }
        md.append(summary(diff)).append("\n\n");
        for (DiffSections.Section s : sections) {
            md.append("### ").append(s.title()).append("\n\n");
            if (s.title().equals("Scores")) {
                md.append("| pillar | change |\n|---|---:|\n");
                for (DiffSections.Entry e : s.entries()) {
                    md.append("| ").append(e.subject()).append(" | ").append(e.detail()).append(" |\n");
                }
                md.append('\n');
                continue;
            }
            for (DiffSections.Entry e : s.entries()) {
                md.append("- **").append(e.sign().word).append("** `").append(e.subject().replace("`", "'")).append('`');
                if (!e.detail().isEmpty()) {
                    md.append(" \u2014 ").append(esc(e.detail()));
                }
                md.append('\n');
                for (PropertyChange p : e.changes()) {
                    md.append("  - `").append(p.name()).append("`: `").append(code(DiffValues.show(p.oldValue())))
                            .append("` \u2192 `").append(code(DiffValues.show(p.newValue()))).append("`\n");
                }
            }
            md.append('\n');
        }
        return md.toString();
    }

    static String title(Architecture oldDesign, Architecture newDesign) {
        return oldDesign.name().equals(newDesign.name()) ? newDesign.name()
                : oldDesign.name() + " \u2192 " + newDesign.name();
    }

    /** One sentence of counts, for the top of a comment. */
    static String summary(DesignDiff d) {
        return d.components().added().size() + " added, " + d.components().removed().size() + " removed, "
                + d.components().renamed().size() + " renamed, " + d.components().changed().size()
                + " changed components; " + d.connections().added().size() + " added, "
                + d.connections().removed().size() + " removed connections; " + d.findings().introduced().size()
                + " findings introduced, " + d.findings().resolved().size() + " resolved.";
    }

    private static String code(String s) {
        return s.replace("`", "'");
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("*", "\\*").replace("_", "\\_").replace("<", "&lt;").replace("|", "\\|");
    }
}
