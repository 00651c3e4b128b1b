package org.patternboard.exporters.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.diff.DesignDiff;
import org.patternboard.model.diff.ElementChange;
import org.patternboard.model.diff.ElementsDiff;
import org.patternboard.model.diff.FindingChange;
import org.patternboard.model.diff.Move;
import org.patternboard.model.diff.PropertyChange;
import org.patternboard.model.diff.Rename;
import org.patternboard.model.rules.Pillar;

/**
 * A diff as the human formats tell it: sections of entries in a fixed order (additions, removals, renames,
 * changes, then moves last, because layout matters least in a review). Text, Markdown and HTML each render
 * these, so they always say the same thing.
 */
final class DiffSections {
    enum Sign {
        ADDED("+", "added"), REMOVED("-", "removed"), RENAMED(">", "renamed"), CHANGED("~", "changed"),
        MOVED("\u2195", "moved"), INTRODUCED("+", "introduced"), RESOLVED("-", "resolved"), SCORE("", "score");

        final String mark;
        final String word;

        Sign(String mark, String word) {
            this.mark = mark;
            this.word = word;
        }
    }

    /** One line of a section: what happened to which element, with the property changes underneath. */
    record Entry(Sign sign, String subject, String detail, List<PropertyChange> changes) {
    }

    record Section(String title, List<Entry> entries) {
    }

    private DiffSections() {
    }

    static List<Section> of(DesignDiff d, Architecture oldDesign, Architecture newDesign, Catalog catalog) {
        List<Section> sections = new ArrayList<>();
        List<Entry> design = new ArrayList<>();
        if (!d.document().isEmpty()) {
            design.add(new Entry(Sign.CHANGED, "design", "", d.document()));
        }
        for (Suppression s : d.suppressionsAdded()) {
            design.add(new Entry(Sign.ADDED, "suppression " + s.rule() + " on " + s.target(), s.reason(), List.of()));
        }
        for (Suppression s : d.suppressionsRemoved()) {
            design.add(new Entry(Sign.REMOVED, "suppression " + s.rule() + " on " + s.target(), s.reason(), List.of()));
        }
        add(sections, "Design", design);
        add(sections, "Components", elements(d.components(), id -> component(newDesign, id, catalog),
                id -> component(oldDesign, id, catalog)));
        add(sections, "Connections", elements(d.connections(), id -> connection(newDesign, id),
                id -> connection(oldDesign, id)));
        add(sections, "Frames", elements(d.groups(), id -> group(newDesign, id), id -> group(oldDesign, id)));
        add(sections, "Notes", elements(d.notes(), id -> note(newDesign, id), id -> note(oldDesign, id)));
        List<Entry> findings = new ArrayList<>();
        for (FindingChange f : d.findings().introduced()) {
            findings.add(finding(Sign.INTRODUCED, f));
        }
        for (FindingChange f : d.findings().resolved()) {
            findings.add(finding(Sign.RESOLVED, f));
        }
        add(sections, "Findings", findings);
        List<Entry> scores = new ArrayList<>();
        for (Map.Entry<Pillar, Integer> e : d.scores().entrySet()) {
            scores.add(new Entry(Sign.SCORE, e.getKey().id(), DiffValues.signed(e.getValue()), List.of()));
        }
        add(sections, "Scores", scores);
        List<Entry> layout = new ArrayList<>();
        moves(layout, "component", d.components());
        moves(layout, "frame", d.groups());
        moves(layout, "note", d.notes());
        add(sections, "Layout", layout);
        return sections;
    }

    private static void add(List<Section> sections, String title, List<Entry> entries) {
        if (!entries.isEmpty()) {
            sections.add(new Section(title, List.copyOf(entries)));
        }
    }

    private static List<Entry> elements(ElementsDiff e, java.util.function.Function<String, String> describeNew,
            java.util.function.Function<String, String> describeOld) {
        List<Entry> entries = new ArrayList<>();
        for (String id : e.added()) {
            entries.add(new Entry(Sign.ADDED, id, describeNew.apply(id), List.of()));
        }
        for (String id : e.removed()) {
            entries.add(new Entry(Sign.REMOVED, id, describeOld.apply(id), List.of()));
        }
        for (Rename r : e.renamed()) {
            entries.add(new Entry(Sign.RENAMED, r.from() + " \u2192 " + r.to(), describeNew.apply(r.to()), List.of()));
        }
        for (ElementChange c : e.changed()) {
            List<PropertyChange> all = new ArrayList<>(c.fields());
            all.addAll(c.properties());
            entries.add(new Entry(Sign.CHANGED, c.id(), describeNew.apply(c.id()), all));
        }
        return entries;
    }

    private static void moves(List<Entry> entries, String what, ElementsDiff e) {
        for (Move m : e.moved()) {
            entries.add(new Entry(Sign.MOVED, what + " " + m.id(),
                    DiffValues.place(m.from()) + " \u2192 " + DiffValues.place(m.to()), List.of()));
        }
    }

    private static Entry finding(Sign sign, FindingChange f) {
        return new Entry(sign, f.rule() + " " + f.severity().id() + " on " + String.join(", ", f.targets()),
                f.title(), List.of());
    }

    private static String component(Architecture a, String id, Catalog catalog) {
        Component c = a.componentOrNull(id);
        if (c == null) {
            return "";
        }
        String type = catalog.type(c.type()).map(ComponentType::name).orElse(c.type());
        return type + " \u201c" + c.name() + "\u201d";
    }

    private static String connection(Architecture a, String id) {
        return a.connection(id).map((Connection c) -> c.from() + " " + c.kind().id() + " " + c.to()).orElse("");
    }

    private static String group(Architecture a, String id) {
        return a.group(id).map((Group g) -> g.kind().id() + " \u201c" + g.label() + "\u201d").orElse("");
    }

    private static String note(Architecture a, String id) {
        return a.note(id).map(n -> "\u201c" + (n.text().length() > 60 ? n.text().substring(0, 57) + "\u2026" : n.text())
                .replace('\n', ' ') + "\u201d").orElse("");
    }
}
