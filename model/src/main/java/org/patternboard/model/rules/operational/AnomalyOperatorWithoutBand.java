package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import java.util.Set;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-023: an alarm with an anomaly-detection operator, which needs a band the design's alarms do not have. */
public final class AnomalyOperatorWithoutBand extends ComponentRule {
    static final Set<String> BAND_OPERATORS = Set.of("LessThanLowerOrGreaterThanUpperThreshold", "LessThanLowerThreshold",
            "GreaterThanUpperThreshold");
    static final RuleInfo INFO = RuleInfo.builder("OPS-023", Pillar.OPERATIONAL_EXCELLENCE, Severity.ERROR)
            .title("Alarm with an anomaly-detection operator but no band")
            .rationale("The lower/upper threshold operators compare a metric with an ANOMALY_DETECTION_BAND expression;"
                    + " an alarm on a plain metric and a fixed threshold cannot use them, and CloudWatch rejects it"
                    + " (the CDK refuses to synthesize it).")
            .remedy("Use a fixed-threshold operator (greater or less than the threshold), or build the anomaly"
                    + " detection alarm in code with its band.")
            .references("OPS 1")
            .quickFix()
            .build();

    public AnomalyOperatorWithoutBand() {
        super(INFO, ALARM);
    }

    @Override
    protected void check(Component alarm, RuleContext ctx, Findings out) {
        Setting operator = ctx.setting(alarm, "comparisonOperator");
        if (operator.text() != null && BAND_OPERATORS.contains(operator.text())) {
            out.report(operator.describe() + ", which needs an anomaly detection band; the alarm has a fixed threshold",
                    ctx.setFix(alarm.id(), "comparisonOperator", "GreaterThanOrEqualToThreshold"));
        }
    }
}
