package org.patternboard.exporters.report;

import java.util.List;

/**
 * A request path: from an entry point (an API, a schedule, a bucket, a client) along the connections it
 * reaches, in numbered steps.
 *
 * @param omitted steps left out to keep a large design's report readable
 */
public record Flow(String entryId, String entry, List<Step> steps, int omitted) {
    /** One connection followed: {@code from} does {@code kind} to {@code to}. */
    public record Step(int number, String connectionId, String from, String kind, String to) {
    }

    public Flow {
        steps = List.copyOf(steps);
    }
}
