package org.patternboard.model.diff;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
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

/** Computes a {@link DesignDiff}: matches the elements of two designs, compares the pairs, re-runs the rules. */
public final class DesignDiffer {
    private final RuleEngine engine;
    private final DiffOptions options;

    public DesignDiffer(RuleEngine engine, DiffOptions options) {
        this.engine = engine;
        this.options = options;
    }

    public DesignDiff diff(Architecture a, Architecture b) {
        Matching<Component> components = new Matching<>(Matching.byId(a.components(), Component::id),
                Matching.byId(b.components(), Component::id), c -> c.type() + "\u0000" + c.name());
        Matching<Group> groups = new Matching<>(Matching.byId(a.groups(), Group::id), Matching.byId(b.groups(), Group::id),
                g -> g.kind().id() + "\u0000" + g.label());
        Map<String, String> ids = new HashMap<>(components.oldToNew);
        ids.putAll(groups.oldToNew);
        // Connections fall back to their ends (after renaming) and kind: a re-drawn line is the same line.
        Matching<Connection> connections = new Matching<>(Matching.byId(a.connections(), Connection::id),
                Matching.byId(b.connections(), Connection::id),
                c -> c.from() + "\u0000" + c.to() + "\u0000" + c.kind().id(), c -> mapped(ids, c.from()) + "\u0000"
                        + mapped(ids, c.to()) + "\u0000" + c.kind().id());
        Matching<Note> notes = new Matching<>(Matching.byId(a.notes(), Note::id), Matching.byId(b.notes(), Note::id),
                Note::text);
        ids.putAll(connections.oldToNew);
        ids.putAll(notes.oldToNew);

        List<ElementChange> componentChanges = new ArrayList<>();
        List<Move> componentMoves = new ArrayList<>();
        components.oldToNew.forEach((from, to) -> {
            Component o = a.componentOrNull(from);
            Component n = b.componentOrNull(to);
            List<PropertyChange> fields = new ArrayList<>();
            field(fields, "type", o.type(), n.type());
            field(fields, "name", o.name(), n.name());
            field(fields, "parent", mapped(ids, o.parent()), n.parent());
            change(componentChanges, to, properties(o.properties(), n.properties()), fields);
            move(componentMoves, to, new Placement(o.x(), o.y(), o.width(), o.height()),
                    new Placement(n.x(), n.y(), n.width(), n.height()));
        });
        List<ElementChange> connectionChanges = new ArrayList<>();
        connections.oldToNew.forEach((from, to) -> {
            Connection o = a.connection(from).orElseThrow();
            Connection n = b.connection(to).orElseThrow();
            List<PropertyChange> fields = new ArrayList<>();
            field(fields, "from", mapped(ids, o.from()), n.from());
            field(fields, "to", mapped(ids, o.to()), n.to());
            field(fields, "kind", o.kind().id(), n.kind().id());
            change(connectionChanges, to, properties(o.properties(), n.properties()), fields);
        });
        List<ElementChange> groupChanges = new ArrayList<>();
        List<Move> groupMoves = new ArrayList<>();
        groups.oldToNew.forEach((from, to) -> {
            Group o = a.group(from).orElseThrow();
            Group n = b.group(to).orElseThrow();
            List<PropertyChange> fields = new ArrayList<>();
            field(fields, "kind", o.kind().id(), n.kind().id());
            field(fields, "label", o.label(), n.label());
            field(fields, "pattern", o.pattern(), n.pattern());
            field(fields, "parent", mapped(ids, o.parent()), n.parent());
            field(fields, "collapsed", o.collapsed(), n.collapsed());
            change(groupChanges, to, List.of(), fields);
            move(groupMoves, to, new Placement(o.x(), o.y(), o.width(), o.height()),
                    new Placement(n.x(), n.y(), n.width(), n.height()));
        });
        List<ElementChange> noteChanges = new ArrayList<>();
        List<Move> noteMoves = new ArrayList<>();
        notes.oldToNew.forEach((from, to) -> {
            Note o = a.note(from).orElseThrow();
            Note n = b.note(to).orElseThrow();
            List<PropertyChange> fields = new ArrayList<>();
            field(fields, "text", o.text(), n.text());
            change(noteChanges, to, List.of(), fields);
            move(noteMoves, to, new Placement(o.x(), o.y(), o.width(), null), new Placement(n.x(), n.y(), n.width(), null));
        });

        List<PropertyChange> document = new ArrayList<>();
        field(document, "name", a.name(), b.name());
        field(document, "description", a.description(), b.description());
        List<Suppression> oldSuppressions = a.suppressions().stream()
                .map(s -> new Suppression(s.rule(), mapped(ids, s.target()), s.reason())).toList();
        List<Suppression> suppressionsAdded = b.suppressions().stream().filter(s -> !oldSuppressions.contains(s)).toList();
        List<Suppression> suppressionsRemoved = new ArrayList<>();
        for (int i = 0; i < a.suppressions().size(); i++) {
            if (!b.suppressions().contains(oldSuppressions.get(i))) {
                suppressionsRemoved.add(a.suppressions().get(i));
            }
        }

        ValidationResult before = engine.check(a);
        ValidationResult after = engine.check(b);
        FindingsDiff findings = findings(before, after, ids);
        Map<Pillar, Integer> scores = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            int delta = after.score(p) - before.score(p);
            if (delta != 0) {
                scores.put(p, delta);
            }
        }
        return new DesignDiff(
                elements(components, componentChanges, componentMoves),
                elements(connections, connectionChanges, List.of()),
                elements(groups, groupChanges, groupMoves),
                elements(notes, noteChanges, noteMoves),
                document, suppressionsAdded, suppressionsRemoved, findings, scores);
    }

    private ElementsDiff elements(Matching<?> m, List<ElementChange> changes, List<Move> moves) {
        changes.sort(Comparator.comparing(ElementChange::id));
        List<Move> sortedMoves = new ArrayList<>(moves);
        sortedMoves.sort(Comparator.comparing(Move::id));
        return new ElementsDiff(m.added, m.removed, m.renamed, changes, sortedMoves);
    }

    private void move(List<Move> moves, String id, Placement from, Placement to) {
        if (!options.ignoreLayout() && !from.equals(to)) {
            moves.add(new Move(id, from, to));
        }
    }

    private static void change(List<ElementChange> changes, String id, List<PropertyChange> properties,
            List<PropertyChange> fields) {
        if (!properties.isEmpty() || !fields.isEmpty()) {
            changes.add(new ElementChange(id, properties, fields));
        }
    }

    private static void field(List<PropertyChange> fields, String name, Object oldValue, Object newValue) {
        if (!Objects.equals(oldValue, newValue)) {
            fields.add(new PropertyChange(name, oldValue, newValue));
        }
    }

    /** Key by key, in key order; a key on one side only is an addition or removal of that property. */
    private static List<PropertyChange> properties(Map<String, Object> o, Map<String, Object> n) {
        TreeSet<String> keys = new TreeSet<>(o.keySet());
        keys.addAll(n.keySet());
        List<PropertyChange> changes = new ArrayList<>();
        for (String k : keys) {
            field(changes, k, o.get(k), n.get(k));
        }
        return changes;
    }

    private static String mapped(Map<String, String> ids, String id) {
        return id == null ? null : ids.getOrDefault(id, id);
    }

    /**
     * Open findings matched by rule and targets, the old design's targets renamed to the new ids first, so a
     * rename alone neither introduces nor resolves anything. Counted, so two equal findings are two.
     */
    private static FindingsDiff findings(ValidationResult before, ValidationResult after, Map<String, String> ids) {
        Map<String, List<Finding>> oldByKey = new TreeMap<>();
        for (Finding f : before.unsuppressed()) {
            oldByKey.computeIfAbsent(key(f.ruleId(), f.targets().stream().map(t -> mapped(ids, t)).toList()),
                    k -> new ArrayList<>()).add(f);
        }
        Map<String, List<Finding>> newByKey = new TreeMap<>();
        for (Finding f : after.unsuppressed()) {
            newByKey.computeIfAbsent(key(f.ruleId(), f.targets()), k -> new ArrayList<>()).add(f);
        }
        List<FindingChange> introduced = new ArrayList<>();
        newByKey.forEach((k, list) -> {
            int old = oldByKey.getOrDefault(k, List.of()).size();
            list.stream().skip(old).forEach(f -> introduced.add(change(f)));
        });
        List<FindingChange> resolved = new ArrayList<>();
        oldByKey.forEach((k, list) -> {
            int now = newByKey.getOrDefault(k, List.of()).size();
            list.stream().skip(now).forEach(f -> resolved.add(change(f)));
        });
        return new FindingsDiff(introduced, resolved);
    }

    private static String key(String rule, List<String> targets) {
        return rule + "\u0000" + String.join("\u0000", new TreeSet<>(targets));
    }

    private static FindingChange change(Finding f) {
        return new FindingChange(f.ruleId(), f.targets(), f.pillar(), f.severity(), f.title(), f.message());
    }
}
