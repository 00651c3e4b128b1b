package org.patternboard.exporters.report;

import java.util.List;

/**
 * A pattern frame of the design and what the pattern library says about its block.
 *
 * @param id the block id, or null for a frame whose block the library does not know
 * @param components names of the components inside the frame
 */
public record PatternUse(String id, String name, String summary, String source, List<String> lens,
        List<String> components) {
    public PatternUse {
        summary = summary == null ? "" : summary;
        source = source == null ? "" : source;
        lens = List.copyOf(lens);
        components = List.copyOf(components);
    }
}
