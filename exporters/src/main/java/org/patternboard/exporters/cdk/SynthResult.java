package org.patternboard.exporters.cdk;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;

/**
 * What an in-process synthesis produced.
 *
 * @param templates stack name → its {@code <Stack>.template.json} in the cloud assembly directory
 * @param warnings  warnings the constructs attached to the tree (CDK annotations), "path: message"
 * @param compile   time spent compiling the project's sources
 * @param synth     time spent constructing and synthesizing the app (includes the jsii runtime's start on first use)
 */
public record SynthResult(SortedMap<String, Path> templates, List<String> warnings, Duration compile, Duration synth) {
    public SynthResult {
        templates = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(templates));
        warnings = List.copyOf(warnings);
    }

    /** The template of the only stack; fails when the app has several. */
    public Path template() {
        if (templates.size() != 1) {
            throw new IllegalStateException("the app has " + templates.size() + " stacks: " + templates.keySet());
        }
        return templates.values().iterator().next();
    }
}
