package org.patternboard.model.cost.propagation;

/**
 * The traffic one component handles in a month: all requests (events, messages, invocations), how many of them
 * are reads and writes (for tables and buckets), their average payload, and how much of it enters here.
 *
 * @param entry the part that enters at this component (its own rate), already scaled
 * @param entrySource where {@code entry} comes from
 */
public record Flow(double requests, double reads, double writes, double payloadKb, double entry, EntrySource entrySource) {
    public static final Flow NONE = new Flow(0, 0, 0, 1, 0, EntrySource.NONE);

    /** Where a component's own rate comes from. */
    public enum EntrySource {
        /** not an entry point, or something flows into it */
        NONE,
        /** the design sets it ({@code usage.requestsPerMonth} and the like) */
        SET,
        /** the entry point's documented default, because the design sets none */
        DEFAULT,
        /** the component's schedule expression */
        SCHEDULE,
        /** a schedule expression the estimate cannot read: no traffic assumed */
        UNREADABLE_SCHEDULE
    }
}
