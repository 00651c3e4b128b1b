package org.patternboard.model.diff;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Suppression;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleEngine;

/**
 * What changed from one design to the next: elements added, removed, renamed, changed and moved; findings
 * introduced and resolved; pillar score deltas (new minus old, only the pillars that moved).
 * Computed by {@link DesignDiffer}; every list is in a stable order, so the formats are deterministic.
 *
 * @param document changes to the design's own name and description
 */
public record DesignDiff(ElementsDiff components, ElementsDiff connections, ElementsDiff groups, ElementsDiff notes,
        List<PropertyChange> document, List<Suppression> suppressionsAdded, List<Suppression> suppressionsRemoved,
        FindingsDiff findings, Map<Pillar, Integer> scores) {

    public DesignDiff {
        document = List.copyOf(document);
        suppressionsAdded = List.copyOf(suppressionsAdded);
        suppressionsRemoved = List.copyOf(suppressionsRemoved);
        EnumMap<Pillar, Integer> copy = new EnumMap<>(Pillar.class);
        copy.putAll(scores);
        scores = Collections.unmodifiableMap(copy);
    }

    public static DesignDiff between(Architecture oldDesign, Architecture newDesign) {
        return new DesignDiffer(RuleEngine.standard(), DiffOptions.DEFAULT).diff(oldDesign, newDesign);
    }

    public static DesignDiff between(Architecture oldDesign, Architecture newDesign, RuleEngine engine,
            DiffOptions options) {
        return new DesignDiffer(engine, options).diff(oldDesign, newDesign);
    }

    /** No difference of any kind (layout included unless the options left it out). */
    public boolean isEmpty() {
        return components.isEmpty() && connections.isEmpty() && groups.isEmpty() && notes.isEmpty() && document.isEmpty()
                && suppressionsAdded.isEmpty() && suppressionsRemoved.isEmpty() && findings.isEmpty() && scores.isEmpty();
    }
}
