package org.patternboard.model.patterns.recognition;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A shipped block found in a design.
 *
 * @param blockId      the block's id ({@code the-big-fan})
 * @param blockName    the block's name ({@code The Big Fan})
 * @param label        the name with what is missing ({@code The Big Fan without dead-letter queues})
 * @param roles        block component id → design component id, for every block component found
 *                     (several optional block components may share one design component, such as one DLQ)
 * @param missing      block component ids of the optional parts not found, in block order; actors and
 *                     API-only services a template cannot hold are never listed
 * @param completeness found components and connections over all of the block's (actors not counted), 0..1
 */
public record PatternMatch(String blockId, String blockName, String label, Map<String, String> roles,
        List<String> missing, double completeness) {

    public PatternMatch {
        Objects.requireNonNull(blockId, "blockId");
        Objects.requireNonNull(blockName, "blockName");
        Objects.requireNonNull(label, "label");
        roles = Collections.unmodifiableMap(new TreeMap<>(roles));
        missing = List.copyOf(missing);
    }

    /** The design components of the match, in id order. */
    public Set<String> components() {
        return Collections.unmodifiableSet(new TreeSet<>(roles.values()));
    }

    /** True when nothing of the block is missing. */
    public boolean complete() {
        return missing.isEmpty();
    }
}
