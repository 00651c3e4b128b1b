package org.patternboard.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.patternboard.model.design.Architecture;

class SuppressionAndScoreTest {
    private static final RuleEngine ENGINE = RuleEngine.standard();

    private static D queueWithoutDlq() {
        return D.of().add("q", Types.QUEUE, "visibilityTimeout", 60)
                .add("fn", Types.LAMBDA, "timeout", 10, "memorySize", 512, "tracing", "Active", "architecture", "arm64",
                        "logRetentionDays", "30", "logFormat", "JSON", "runtime", "nodejs24.x")
                .connect("c1", "q", "triggers", "fn", "reportBatchItemFailures", true);
    }

    @Test
    void aSuppressedFindingIsStillReportedWithItsReason() {
        Architecture d = queueWithoutDlq().suppress("REL-001", "q", "replayed from the source system").build();
        ValidationResult result = ENGINE.check(d);
        Finding f = result.ofRule("REL-001").get(0);
        assertThat(f.suppressed()).isTrue();
        assertThat(f.suppressionReason()).isEqualTo("replayed from the source system");
        assertThat(result.suppressed()).containsExactly(f);
        assertThat(result.unsuppressed()).doesNotContain(f);
        assertThat(result.count(Severity.ERROR)).isZero();
        assertThat(result.reaches(Severity.ERROR)).isFalse();
    }

    @Test
    void aSuppressionMatchesAnyTargetOrTheWholeDesign() {
        assertThat(ENGINE.check(queueWithoutDlq().suppress("REL-001", "fn", "r").build()).ofRule("REL-001").get(0)
                .suppressed()).isTrue();
        assertThat(ENGINE.check(queueWithoutDlq().suppress("REL-001", "*", "r").build()).ofRule("REL-001").get(0)
                .suppressed()).isTrue();
        assertThat(ENGINE.check(queueWithoutDlq().suppress("REL-002", "q", "r").build()).ofRule("REL-001").get(0)
                .suppressed()).isFalse();
        assertThat(ENGINE.check(queueWithoutDlq().suppress("REL-001", "other", "r").build()).ofRule("REL-001").get(0)
                .suppressed()).isFalse();
    }

    @Test
    void scoresFollowTheDocumentedFormula() {
        assertThat(PillarScores.score(0, 10)).isEqualTo(100);
        assertThat(PillarScores.score(4 * 10, 10)).isEqualTo(50); // one warning per component
        assertThat(PillarScores.score(12 * 10, 10)).isEqualTo(25); // one error per component
        assertThat(PillarScores.score(12, 100)).isEqualTo(97);
        assertThat(PillarScores.score(12, 4)).isEqualTo(57);
        assertThat(PillarScores.score(12, 0)).isEqualTo(25); // no applicable components counts as one
        assertThat(PillarScores.score(1_000_000, 1)).isZero();
    }

    @Test
    void suppressedFindingsDoNotCostScore() {
        ValidationResult open = ENGINE.check(queueWithoutDlq().build());
        ValidationResult suppressed = ENGINE.check(queueWithoutDlq().suppress("REL-001", "q", "accepted").build());
        assertThat(open.score(Pillar.RELIABILITY)).isLessThan(suppressed.score(Pillar.RELIABILITY));
        assertThat(ENGINE.check(Architecture.empty("Empty")).scores().values()).containsOnly(100);
    }

    @Test
    void findingsAreOrderedByFirstTargetThenRule() {
        List<Finding> findings = ENGINE.check(queueWithoutDlq().add("a", Types.BUCKET, "blockPublicAccess", false)
                .build()).findings();
        assertThat(findings).isSortedAccordingTo(RuleSession.ORDER);
        assertThat(findings.get(0).targets().get(0)).isEqualTo("a");
    }
}
