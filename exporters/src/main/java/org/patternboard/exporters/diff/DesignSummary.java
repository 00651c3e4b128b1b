package org.patternboard.exporters.diff;

import java.util.Map;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Group;
import org.patternboard.model.design.Note;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.ValidationResult;

/**
 * One design as stable, line-oriented text for git's textconv: one line per element and per property, in id
 * order, layout on lines of its own, so {@code git diff} of two summaries reads as a change list.
 */
public final class DesignSummary {
    private DesignSummary() {
    }

    public static String write(Architecture a) {
        Catalog catalog = Catalog.standard();
        StringBuilder out = new StringBuilder();
        out.append("design \u201c").append(a.name()).append("\u201d\n");
        if (!a.description().isEmpty()) {
            out.append("  description: ").append(DiffValues.show(a.description())).append('\n');
        }
        for (Component c : a.components()) {
            String type = catalog.type(c.type()).map(ComponentType::name).orElse(c.type());
            out.append("component ").append(c.id()).append(": ").append(type).append(" \u201c").append(c.name())
                    .append("\u201d").append(c.parent() == null ? "" : " in " + c.parent()).append('\n');
            properties(out, c.properties());
            out.append("  at ").append(DiffValues.num(c.x())).append(',').append(DiffValues.num(c.y()));
            if (c.width() != null || c.height() != null) {
                out.append(" size ").append(DiffValues.num(c.effectiveWidth())).append('\u00d7')
                        .append(DiffValues.num(c.effectiveHeight()));
            }
            out.append('\n');
        }
        for (Connection c : a.connections()) {
            out.append("connection ").append(c.id()).append(": ").append(c.from()).append(' ').append(c.kind().id())
                    .append(' ').append(c.to()).append('\n');
            properties(out, c.properties());
        }
        for (Group g : a.groups()) {
            out.append("frame ").append(g.id()).append(": ").append(g.kind().id()).append(" \u201c").append(g.label())
                    .append("\u201d").append(g.parent() == null ? "" : " in " + g.parent())
                    .append(g.collapsed() ? " (collapsed)" : "").append('\n');
            out.append("  at ").append(DiffValues.num(g.x())).append(',').append(DiffValues.num(g.y())).append(" size ")
                    .append(DiffValues.num(g.width())).append('\u00d7').append(DiffValues.num(g.height())).append('\n');
        }
        for (Note n : a.notes()) {
            out.append("note ").append(n.id()).append(": ").append(DiffValues.show(n.text())).append('\n');
        }
        for (Suppression s : a.suppressions()) {
            out.append("suppressed ").append(s.rule()).append(" on ").append(s.target()).append(": ").append(s.reason())
                    .append('\n');
        }
        ValidationResult result = RuleEngine.standard().check(a);
        for (Finding f : result.unsuppressed()) {
            out.append("finding ").append(f.ruleId()).append(' ').append(f.severity().id()).append(" on ")
                    .append(String.join(", ", f.targets())).append(": ").append(f.title()).append('\n');
        }
        for (Pillar p : Pillar.values()) {
            out.append("score ").append(p.id()).append(": ").append(result.score(p)).append('\n');
        }
        return out.toString();
    }

    private static void properties(StringBuilder out, Map<String, Object> properties) {
        properties.forEach((k, v) -> out.append("  ").append(k).append(" = ").append(DiffValues.show(v)).append('\n'));
    }
}
