package org.patternboard.model.rules.performance;

import static org.patternboard.model.rules.Types.LAMBDA;

import org.patternboard.model.rules.Invocations;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** PERF-002: a Java function on a request path without SnapStart. */
public final class JavaWithoutSnapStart extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("PERF-002", Pillar.PERFORMANCE_EFFICIENCY, Severity.INFO)
            .title("Java function on a request path without SnapStart")
            .rationale("JVM start-up and class loading make Java cold starts take seconds, which callers feel on a"
                    + " synchronous path; SnapStart resumes from a snapshot of the initialised function at no extra"
                    + " cost.")
            .remedy("Turn on SnapStart for published versions (or use provisioned concurrency).")
            .references("PER 1", "cfn-lint:I2530")
            .quickFix()
            .build();

    public JavaWithoutSnapStart() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        Setting runtime = ctx.setting(fn, "runtime");
        Setting snapStart = ctx.setting(fn, "snapStart");
        if (runtime.text() == null || !runtime.text().startsWith("java") || runtime.text().startsWith("java8")
                || !snapStart.is("None") || ctx.setting(fn, "provisionedConcurrency").asLong(0) > 0
                || !Invocations.onSynchronousPath(ctx, fn.id())) {
            return;
        }
        out.report(snapStart.describe() + " for a " + runtime.text() + " function that callers wait for, so they"
                + " feel every JVM cold start", ctx.setFix(fn.id(), "snapStart", "PublishedVersions"));
    }
}
