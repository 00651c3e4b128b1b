package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.ALARM;
import static org.patternboard.model.rules.Types.TOPIC;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.CommonFixes;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-012: an alarm that notifies no one. */
public final class AlarmWithoutAction extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-012", Pillar.OPERATIONAL_EXCELLENCE, Severity.WARNING)
            .title("Alarm that notifies no one")
            .rationale("An alarm changes state in the console whether or not anyone looks; only an action (an SNS topic"
                    + " that pages or mails the team) turns it into an alert.")
            .remedy("Publish the alarm to an SNS topic the team subscribes to, with actions enabled.")
            .references("OPS 1", "cdk-nag:HIPAA.Security-CloudWatchAlarmAction")
            .quickFix()
            .build();

    public AlarmWithoutAction() {
        super(INFO, ALARM);
    }

    @Override
    protected void check(Component alarm, RuleContext ctx, Findings out) {
        Setting enabled = ctx.setting(alarm, "actionsEnabled");
        boolean notifies = !ctx.outgoing(alarm.id(), ConnectionKind.PUBLISHES, TOPIC).isEmpty();
        if (enabled.isTrue() && notifies) {
            return;
        }
        String message = !enabled.isTrue()
                ? enabled.describe() + ", so the alarm changes state without telling anyone"
                : "the alarm publishes to no SNS topic, so it changes state without telling anyone";
        out.report(message, ctx.fix("Notify an alert topic from " + alarm.name(), b -> {
            if (!enabled.isTrue()) {
                b.set(alarm.id(), "actionsEnabled", true);
            }
            if (!notifies) {
                CommonFixes.notifyAlertTopic(b, alarm.id());
            }
        }));
    }
}
