package org.patternboard.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.EditException;

/**
 * The incremental session must agree with a full run after every edit, whatever the edit: this is what
 * proves the locality contract of the component rules and the diff of {@link DesignIndex}.
 */
class RuleSessionProperties {
    private static final RuleEngine ENGINE = RuleEngine.standard();

    @Property(tries = 250)
    void incrementalResultsEqualFullRuns(
            @ForAll @Size(min = 30, max = 150) List<@IntRange(min = 0, max = 1_000_000) Integer> seeds) {
        RandomDesigns random = new RandomDesigns(ENGINE);
        RuleSession session = ENGINE.session();
        Architecture design = Architecture.empty("Random");
        ValidationResult current = session.update(design);
        for (int seed : seeds) {
            Edit edit = random.next(design, current, seed).orElse(null);
            if (edit == null) {
                continue;
            }
            try {
                design = edit.apply(design);
            } catch (EditException e) {
                continue; // a quick fix or edit that no longer fits; the design is unchanged
            }
            current = session.update(design);
            ValidationResult full = ENGINE.check(design);
            assertThat(comparable(current)).as("after %s", edit.description()).isEqualTo(comparable(full));
            assertThat(current.scores()).isEqualTo(full.scores());
        }
    }

    /** Findings without the quick-fix objects, which are equal in effect but not by identity. */
    static List<String> comparable(ValidationResult result) {
        return result.findings().stream().map(f -> String.join(" | ", f.ruleId(), f.pillar().id(), f.severity().id(),
                f.title(), f.message(), String.join(",", f.targets()), f.remedy(),
                f.quickFix().map(Edit::description).orElse("-"), String.valueOf(f.suppressed()),
                String.valueOf(f.suppressionReason()))).toList();
    }
}
