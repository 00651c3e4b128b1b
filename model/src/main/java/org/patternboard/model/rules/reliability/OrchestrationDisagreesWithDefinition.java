package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.STATE_MACHINE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Severity;

/**
 * REL-045: a state machine with its own definition deploys the definition's Retry and Catch, not the settings on
 * its {@code orchestrates} connections; where the two disagree, the diagram, the other rules (REL-008) and the
 * reviewer all read retries the workflow does not have.
 */
public final class OrchestrationDisagreesWithDefinition extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-045", Pillar.RELIABILITY, Severity.WARNING)
            .title("Orchestration settings disagree with the state machine definition")
            .rationale("The exported workflow follows the state machine's definition. When a connection says a task"
                    + " retries twice and the definition retries it three times, or catches errors the definition does"
                    + " not, the design describes a different failure behaviour from the one deployed.")
            .remedy("Make the connection's retry and catch settings those of the definition's task (or change the"
                    + " definition).")
            .references("REL 2")
            .quickFix()
            .build();

    /** ASL's defaults for a Retry entry that leaves a field out. */
    private static final long ASL_MAX_ATTEMPTS = 3;
    private static final long ASL_INTERVAL = 1;
    private static final long ASL_BACKOFF = 2;

    public OrchestrationDisagreesWithDefinition() {
        super(INFO, STATE_MACHINE);
    }

    record TaskSettings(String state, long maxAttempts, long interval, long backoff, boolean catches) {
        String describe() {
            String retry = maxAttempts == 0 ? "does not retry" : "retries " + maxAttempts + " times (interval " + interval
                    + " s, backoff " + backoff + ")";
            return "the definition's task " + state + " " + retry + (catches ? " and catches errors" : " and catches nothing");
        }
    }

    @Override
    protected void check(Component sm, RuleContext ctx, Findings out) {
        if (!(sm.property("definition") instanceof Map<?, ?> definition)) {
            return;
        }
        Map<String, Map<?, ?>> tasks = new TreeMap<>();
        collectTasks(definition, tasks);
        for (Connection c : ctx.outgoing(sm.id(), ConnectionKind.ORCHESTRATES)) {
            List<TaskSettings> calling = new ArrayList<>();
            tasks.forEach((name, state) -> {
                if (String.valueOf(state).contains("${" + c.to() + "}")) {
                    calling.add(settings(name, state));
                }
            });
            if (calling.isEmpty() || calling.stream().anyMatch(t -> agrees(t, c, ctx))) {
                continue;
            }
            TaskSettings t = calling.get(0);
            String says = "retryMaxAttempts " + ctx.setting(c, "retryMaxAttempts").asLong(0)
                    + (ctx.setting(c, "catch").isTrue() ? " with catch" : " without catch");
            out.report("the connection to " + ctx.name(c.to()) + " says " + says + ", but " + t.describe()
                            + "; the deployed workflow follows the definition",
                    ctx.fix("Take the retry and catch settings of " + t.state() + " from the definition", b -> b
                            .setOnConnection(c.id(), "retryMaxAttempts", t.maxAttempts())
                            .setOnConnection(c.id(), "retryInterval", t.maxAttempts() == 0 ? null : t.interval())
                            .setOnConnection(c.id(), "retryBackoffRate", t.maxAttempts() == 0 ? null : t.backoff())
                            .setOnConnection(c.id(), "catch", t.catches() ? Boolean.TRUE : null)),
                    c.to(), c.id());
        }
    }

    private static boolean agrees(TaskSettings t, Connection c, RuleContext ctx) {
        long max = ctx.setting(c, "retryMaxAttempts").asLong(0);
        if (max != t.maxAttempts() || ctx.setting(c, "catch").isTrue() != t.catches()) {
            return false;
        }
        return max == 0 || (ctx.setting(c, "retryInterval").asLong(ASL_INTERVAL) == t.interval()
                && ctx.setting(c, "retryBackoffRate").asLong(ASL_BACKOFF) == t.backoff());
    }

    /** The first Retry entry is the one a connection describes (its settings cover every error). */
    private static TaskSettings settings(String name, Map<?, ?> state) {
        boolean catches = state.get("Catch") instanceof List<?> l && !l.isEmpty();
        if (state.get("Retry") instanceof List<?> retries && !retries.isEmpty() && retries.get(0) instanceof Map<?, ?> r) {
            return new TaskSettings(name, number(r.get("MaxAttempts"), ASL_MAX_ATTEMPTS), number(r.get("IntervalSeconds"), ASL_INTERVAL),
                    number(r.get("BackoffRate"), ASL_BACKOFF), catches);
        }
        return new TaskSettings(name, 0, ASL_INTERVAL, ASL_BACKOFF, catches);
    }

    private static long number(Object v, long fallback) {
        return v instanceof Number n ? Math.round(n.doubleValue()) : fallback;
    }

    /** Task states by name, also inside Parallel branches and Map iterators. */
    private static void collectTasks(Map<?, ?> machine, Map<String, Map<?, ?>> out) {
        if (!(machine.get("States") instanceof Map<?, ?> states)) {
            return;
        }
        states.forEach((name, s) -> {
            if (!(s instanceof Map<?, ?> state)) {
                return;
            }
            if ("Task".equals(state.get("Type"))) {
                out.put(String.valueOf(name), state);
            }
            if (state.get("Branches") instanceof List<?> branches) {
                branches.forEach(b -> {
                    if (b instanceof Map<?, ?> branch) {
                        collectTasks(branch, out);
                    }
                });
            }
            for (String key : List.of("Iterator", "ItemProcessor")) {
                if (state.get(key) instanceof Map<?, ?> inner) {
                    collectTasks(inner, out);
                }
            }
        });
    }
}
