package org.patternboard.exporters.report;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.patternboard.model.rules.Pillar;

/**
 * What changed since an older version of the design, in the shape of {@code patternboard diff --format json}.
 * Filled from the design diff by {@link DiffChanges}.
 *
 * @param since the older design as the user named it (a file name)
 * @param scoreDeltas new score minus old score, only for pillars that changed
 */
public record ReportChanges(String since, List<String> componentsAdded, List<String> componentsRemoved,
        List<Rename> componentsRenamed, List<ChangedComponent> componentsChanged, List<String> connectionsAdded,
        List<String> connectionsRemoved, List<FindingRef> findingsIntroduced, List<FindingRef> findingsResolved,
        Map<Pillar, Integer> scoreDeltas) {

    public record Rename(String from, String to) {
    }

    public record ChangedComponent(String id, List<PropertyChange> properties) {
        public ChangedComponent {
            properties = List.copyOf(properties);
        }
    }

    /** A property's value before and after; null when it was not set. */
    public record PropertyChange(String name, Object oldValue, Object newValue) {
    }

    /** A finding by rule and targets (the identity that survives edits); the title is for reading. */
    public record FindingRef(String rule, String title, List<String> targets) {
        public FindingRef {
            Objects.requireNonNull(rule, "rule");
            title = title == null ? "" : title;
            targets = List.copyOf(targets);
        }
    }

    public ReportChanges {
        since = since == null ? "" : since;
        componentsAdded = List.copyOf(componentsAdded);
        componentsRemoved = List.copyOf(componentsRemoved);
        componentsRenamed = List.copyOf(componentsRenamed);
        componentsChanged = List.copyOf(componentsChanged);
        connectionsAdded = List.copyOf(connectionsAdded);
        connectionsRemoved = List.copyOf(connectionsRemoved);
        findingsIntroduced = List.copyOf(findingsIntroduced);
        findingsResolved = List.copyOf(findingsResolved);
        scoreDeltas = Map.copyOf(scoreDeltas);
    }

    public boolean isEmpty() {
        return componentsAdded.isEmpty() && componentsRemoved.isEmpty() && componentsRenamed.isEmpty()
                && componentsChanged.isEmpty() && connectionsAdded.isEmpty() && connectionsRemoved.isEmpty()
                && findingsIntroduced.isEmpty() && findingsResolved.isEmpty() && scoreDeltas.isEmpty();
    }
}
