package org.patternboard.exporters.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.ValidationResult;

/**
 * {@link ReportChanges} by id only: a component or connection whose id is in one version and not the other was
 * added or removed (a rename shows as both), a component whose properties differ changed, a finding is the same
 * when its rule and targets are. The one place the report compares two designs; the design diff replaces it.
 */
public final class IdOnlyChanges {
    private IdOnlyChanges() {
    }

    public static ReportChanges between(String since, Architecture old, ValidationResult oldResult, Architecture now,
            ValidationResult newResult) {
        List<ReportChanges.ChangedComponent> changed = new ArrayList<>();
        for (Component c : now.components()) {
            Component before = old.componentOrNull(c.id());
            if (before == null) {
                continue;
            }
            List<ReportChanges.PropertyChange> props = new ArrayList<>();
            for (String key : new TreeSet<>(union(before.properties().keySet(), c.properties().keySet()))) {
                Object a = before.property(key);
                Object b = c.property(key);
                if (!Objects.equals(a, b)) {
                    props.add(new ReportChanges.PropertyChange(key, a, b));
                }
            }
            if (!props.isEmpty()) {
                changed.add(new ReportChanges.ChangedComponent(c.id(), props));
            }
        }
        Map<Pillar, Integer> deltas = new EnumMap<>(Pillar.class);
        for (Pillar p : Pillar.values()) {
            int d = newResult.score(p) - oldResult.score(p);
            if (d != 0) {
                deltas.put(p, d);
            }
        }
        List<String> oldComponents = old.components().stream().map(Component::id).toList();
        List<String> newComponents = now.components().stream().map(Component::id).toList();
        List<String> oldConnections = old.connections().stream().map(Connection::id).toList();
        List<String> newConnections = now.connections().stream().map(Connection::id).toList();
        return new ReportChanges(since, missing(newComponents, oldComponents), missing(oldComponents, newComponents),
                List.of(), changed, missing(newConnections, oldConnections), missing(oldConnections, newConnections),
                findingsOnlyIn(newResult, oldResult), findingsOnlyIn(oldResult, newResult), deltas);
    }

    private static List<ReportChanges.FindingRef> findingsOnlyIn(ValidationResult in, ValidationResult notIn) {
        Set<String> other = new LinkedHashSet<>();
        notIn.unsuppressed().forEach(f -> other.add(key(f)));
        Set<String> seen = new LinkedHashSet<>();
        List<ReportChanges.FindingRef> refs = new ArrayList<>();
        for (Finding f : in.unsuppressed()) {
            if (!other.contains(key(f)) && seen.add(key(f))) {
                refs.add(new ReportChanges.FindingRef(f.ruleId(), f.title(), f.targets()));
            }
        }
        return refs;
    }

    private static String key(Finding f) {
        return f.ruleId() + "\u0000" + String.join("\u0000", f.targets());
    }

    /** The ids of {@code ids} that {@code from} does not have. */
    private static List<String> missing(List<String> ids, List<String> from) {
        Set<String> other = Set.copyOf(from);
        return ids.stream().filter(id -> !other.contains(id)).toList();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new LinkedHashSet<>(a);
        u.addAll(b);
        return u;
    }
}
