package org.patternboard.model.rules.performance;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** PERF-010: Java Lambda with less than 512 MB. */
public final class JavaFunctionLowMemory extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("PERF-010", Pillar.PERFORMANCE_EFFICIENCY, Severity.INFO)
            .title("Java function with little memory")
            .rationale("The JVM needs CPU to start and to JIT-compile, and Lambda allocates CPU in proportion to memory; below 512 MB Java functions start slowly and run slowly.")
            .remedy("Give Java functions at least 1,024 MB and tune from measurements.")
            .references("PER 1")
            .quickFix()
            .build();

    public JavaFunctionLowMemory() {
        super(INFO, "memorySize", 1024L,
                "a Java runtime this small starts and runs slowly",
                LAMBDA);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return context.setting(subject, "runtime").text() != null && context.setting(subject, "runtime").text().startsWith("java") && value.asLong(128) < 512;
    }
}
