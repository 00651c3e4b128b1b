package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.PropertyRule;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-016: Lambda log format is Text. */
public final class FunctionLogsUnstructured extends PropertyRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-016", Pillar.OPERATIONAL_EXCELLENCE, Severity.INFO)
            .title("Function logs are not structured")
            .rationale("JSON log lines carry request ids, levels and business fields that CloudWatch Logs Insights can filter and aggregate; free text has to be parsed by hand.")
            .remedy("Set the log format to JSON and log through a structured logger.")
            .references("OPS 1")
            .quickFix()
            .build();

    public FunctionLogsUnstructured() {
        super(INFO, "logFormat", "JSON",
                "log lines are free text that cannot be queried by field",
                LAMBDA);
    }

    @Override
    protected boolean violates(Setting value, Component subject, RuleContext context) {
        return value.is("Text");
    }
}
