package org.patternboard.model.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.edit.Edit;

/**
 * Runs every rule's case: the passing design yields no finding of the rule, each mutation yields exactly the
 * expected findings, and every quick fix removes its finding without adding an error and undoes to the
 * original design.
 */
class RuleCasesTest {
    private static final RuleEngine ENGINE = RuleEngine.standard();

    @TestFactory
    Stream<DynamicNode> everyRuleCase() {
        return RuleCases.all().stream().map(c -> dynamicContainer(c.ruleId(), cases(c)));
    }

    private static Stream<DynamicNode> cases(RuleCase c) {
        RuleInfo info = ENGINE.rules().stream().filter(r -> r.id().equals(c.ruleId())).findFirst()
                .orElseThrow(() -> new AssertionError("no rule " + c.ruleId()));
        List<DynamicNode> nodes = new ArrayList<>();
        nodes.add(dynamicTest("passes", () -> assertThat(findings(c.ruleId(), c.passing().get().build()))
                .as("findings of %s on its passing design", c.ruleId()).isEmpty()));
        for (RuleCase.Mutation m : c.mutations()) {
            nodes.add(dynamicTest(m.expected().isEmpty() ? "also passes: " + m.name() : "flags: " + m.name(), () -> {
                Architecture design = m.change().apply(c.passing().get()).build();
                List<Finding> found = findings(c.ruleId(), design);
                assertThat(found.stream().map(Finding::targets).toList()).as("targets of %s findings", c.ruleId())
                        .containsExactlyElementsOf(m.expected().stream().map(RuleCase.Expected::targets).toList());
                for (int i = 0; i < found.size(); i++) {
                    Finding f = found.get(i);
                    assertThat(f.message()).contains(m.expected().get(i).fragment());
                    assertThat(f.severity()).isEqualTo(info.severity());
                    assertThat(f.pillar()).isEqualTo(info.pillar());
                    assertThat(f.title()).isEqualTo(info.title());
                    assertThat(f.remedy()).isEqualTo(info.remedy());
                    assertThat(f.suppressed()).isFalse();
                    if (!info.hasQuickFix()) {
                        assertThat(f.quickFix()).as("%s declares no quick fix", c.ruleId()).isEmpty();
                    }
                }
                if (info.hasQuickFix() && !found.isEmpty()) {
                    assertThat(found).as("%s declares a quick fix", c.ruleId()).anyMatch(f -> f.quickFix().isPresent());
                }
                for (Finding f : found) {
                    if (f.quickFix().isPresent()) {
                        checkQuickFix(design, f);
                    }
                }
            }));
        }
        return nodes.stream();
    }

    /** Apply → the finding is gone and no new error appears; undo → the original design. */
    private static void checkQuickFix(Architecture before, Finding finding) {
        Edit fix = finding.quickFix().orElseThrow();
        Edit undo = fix.inverse(before);
        Architecture after = fix.apply(before);
        ValidationResult result = ENGINE.check(after);
        assertThat(result.findings()).as("after '%s'", fix.description())
                .noneMatch(f -> f.ruleId().equals(finding.ruleId()) && f.targets().equals(finding.targets()));
        Set<String> errorsBefore = new HashSet<>();
        ENGINE.check(before).findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .forEach(f -> errorsBefore.add(f.ruleId() + f.targets()));
        assertThat(result.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .map(f -> f.ruleId() + f.targets() + ": " + f.message()))
                .as("new errors after '%s'", fix.description())
                .allMatch(e -> errorsBefore.contains(e.substring(0, e.indexOf(": "))));
        assertThat(undo.apply(after)).as("undo of '%s'", fix.description()).isEqualTo(before);
    }

    private static List<Finding> findings(String ruleId, Architecture design) {
        return ENGINE.check(design).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }
}
