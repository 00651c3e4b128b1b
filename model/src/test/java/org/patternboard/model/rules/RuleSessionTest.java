package org.patternboard.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.edit.Edit;
import org.patternboard.model.edit.EditException;

class RuleSessionTest {
    private static final RuleEngine ENGINE = RuleEngine.standard();

    @Test
    void aLongRandomWalkAgreesWithFullRunsAndExercisesMostRules() {
        RandomDesigns random = new RandomDesigns(ENGINE);
        RuleSession session = ENGINE.session();
        Architecture design = Architecture.empty("Walk");
        ValidationResult current = session.update(design);
        Random r = new Random(20261122);
        Set<String> fired = new TreeSet<>();
        int applied = 0;
        for (int step = 0; step < 4000; step++) {
            Edit edit = random.next(design, current, r.nextInt(1_000_000)).orElse(null);
            if (edit == null) {
                continue;
            }
            try {
                design = edit.apply(design);
            } catch (EditException e) {
                continue;
            }
            applied++;
            current = session.update(design);
            current.findings().forEach(f -> fired.add(f.ruleId()));
            if (step % 10 == 0 || step > 3900) {
                assertThat(RuleSessionProperties.comparable(current)).as("step %d: %s", step, edit.description())
                        .isEqualTo(RuleSessionProperties.comparable(ENGINE.check(design)));
            }
        }
        assertThat(applied).isGreaterThan(2000);
        // The walk is only a meaningful comparison if it makes most rules fire at some point.
        assertThat(fired).hasSizeGreaterThanOrEqualTo(95);
    }

    @Test
    void anUnchangedDesignReturnsTheSameResult() {
        RuleSession session = ENGINE.session();
        Architecture d = D.of().add("fn", Types.LAMBDA).build();
        ValidationResult first = session.update(d);
        assertThat(session.update(d)).isSameAs(first);
    }

    @Test
    void movingAComponentRechecksNothingButKeepsTheResult() {
        RuleSession session = ENGINE.session();
        Architecture d = D.of().add("q", Types.QUEUE).add("fn", Types.LAMBDA).connect("c1", "q", "triggers", "fn").build();
        ValidationResult before = session.update(d);
        Architecture moved = d.withComponent(d.componentOrNull("q").withPosition(500, 500));
        assertThat(RuleSessionProperties.comparable(session.update(moved)))
                .isEqualTo(RuleSessionProperties.comparable(before));
    }
}
