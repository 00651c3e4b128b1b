package org.patternboard.model.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.patternboard.model.cost.CostFixtures.comp;
import static org.patternboard.model.cost.CostFixtures.conn;
import static org.patternboard.model.cost.CostFixtures.design;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.cost.estimate.Estimator;
import org.patternboard.model.cost.usage.UsageEdits;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.edit.EditHistory;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.RuleSession;

/** The cost rules speak in the estimate's dollars, follow the traffic, and their quick fixes lower the total. */
class CostRulesTest {
    final RuleEngine engine = RuleEngine.standard();

    /** The example: 3M executions of 10 transitions = 30M transitions, $750; Express about $6.13. */
    @Test
    void standardWorkflowQuotesStandardAndExpress() {
        Architecture a = design(List.of(comp("api", "aws.apigatewayv2.httpApi", Map.of(), Map.of("requestsPerMonth", 3_000_000)),
                comp("sm", "aws.stepfunctions.stateMachine", Map.of())), List.of(conn("c1", "api", ConnectionKind.INTEGRATES, "sm")));
        assertThat(finding(engine.check(a).findings(), "COST-008").message())
                .endsWith(": 30,000,000 transitions a month cost $750.00; Express would cost about $6.13");
    }

    /** A log group kept for ever says how much flows in and what a year of it costs to store. */
    @Test
    void logGroupWithoutRetentionQuotesItsGrowth() {
        Architecture a = design(List.of(comp("lg", "aws.logs.logGroup", Map.of("retentionDays", "never"), Map.of("ingestedGb", 50))),
                List.of());
        assertThat(finding(engine.check(a).findings(), "COST-001").message())
                .contains("50 GB a month flows in, and a year of it costs $18.00 a month to store, growing every month");
    }

    /**
     * The app's loop without the UI: set the entry rate, the x86 finding appears with its figures; apply its quick fix,
     * the total drops; undo brings both back. The session re-checks the function although only the API was edited.
     */
    @Test
    void entryRateRaisesAFindingWhoseQuickFixLowersTheTotal() {
        Architecture start = design(List.of(comp("api", "aws.apigatewayv2.httpApi", Map.of(), Map.of("requestsPerMonth", 1000)),
                        comp("fn", "aws.lambda.function", Map.of("memorySize", 2048))),
                List.of(conn("c1", "api", ConnectionKind.INTEGRATES, "fn")));
        EditHistory history = new EditHistory(start);
        RuleSession rules = engine.session();
        var costs = Estimator.standard().session();
        assertThat(rules.update(history.current()).findings()).noneMatch(f -> f.ruleId().equals("COST-011"));
        history.apply(UsageEdits.standard().setEntryRate(history.current(), "api", 10_000_000.0));
        double before = costs.update(history.current()).total();
        Finding f = finding(rules.update(history.current()).findings(), "COST-011");
        assertThat(f.message()).contains("its compute costs $33.33 a month; on arm64 it would cost $26.67 (20% less)");
        history.apply(f.quickFix().orElseThrow());
        double after = costs.update(history.current()).total();
        assertThat(after).isLessThan(before);
        assertThat(before - after).isBetween(6.66, 6.67);
        assertThat(rules.update(history.current()).findings()).noneMatch(x -> x.ruleId().equals("COST-011"));
        history.undo();
        assertThat(costs.update(history.current()).total()).isEqualTo(before);
        assertThat(rules.update(history.current()).findings()).anyMatch(x -> x.ruleId().equals("COST-011"));
    }

    static Finding finding(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.ruleId().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + findings));
    }
}
