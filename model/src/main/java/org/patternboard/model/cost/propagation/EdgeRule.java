package org.patternboard.model.cost.propagation;

/**
 * How one connection kind (for a given source or target type) passes traffic, as read from
 * {@code patternboard/cost/propagation.json}.
 *
 * @param carries what of the source's traffic it carries: {@code requests} or {@code writes}
 * @param as how the target counts it: {@code writes}, {@code reads} or {@code readWrites} (split by readShare)
 * @param share the fraction carried (a fan-out multiplies, a failure share is small), unless overridden
 * @param split whether siblings of this kind from one source share the traffic equally instead
 * @param filterProperty a connection property that, when set, makes the connection filtered
 * @param filteredSplit whether filtered siblings share the traffic equally
 * @param batchProperty a connection property that divides the traffic (a batch size), or null
 * @param reverse whether traffic flows from the target to the source (a WAF sees its API's requests)
 * @param carriesNothing a monitoring or reference edge: no traffic
 */
public record EdgeRule(
        String carries,
        String as,
        double share,
        boolean split,
        String filterProperty,
        boolean filteredSplit,
        double readShare,
        String batchProperty,
        boolean reverse,
        boolean carriesNothing) {
}
