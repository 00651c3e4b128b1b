package org.patternboard.model.diff;

import java.util.List;

/** Open (unsuppressed) findings the new design introduces, and those of the old design it resolves. */
public record FindingsDiff(List<FindingChange> introduced, List<FindingChange> resolved) {
    public FindingsDiff {
        introduced = List.copyOf(introduced);
        resolved = List.copyOf(resolved);
    }

    public boolean isEmpty() {
        return introduced.isEmpty() && resolved.isEmpty();
    }
}
