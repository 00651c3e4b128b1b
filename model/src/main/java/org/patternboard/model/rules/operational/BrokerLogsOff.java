package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.BROKER;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** OPS-017: an Amazon MQ broker that writes no logs to CloudWatch. */
public final class BrokerLogsOff extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-017", Pillar.OPERATIONAL_EXCELLENCE, Severity.WARNING)
            .title("Message broker without CloudWatch logs")
            .rationale("Broker general logs show connection and delivery problems, and ActiveMQ audit logs record"
                    + " management actions; without them a stuck consumer or a changed destination leaves no trace.")
            .remedy("Publish general logs (and, for ActiveMQ, audit logs) to CloudWatch Logs.")
            .references("OPS 1", "checkov:CKV_AWS_197")
            .quickFix()
            .build();

    public BrokerLogsOff() {
        super(INFO, BROKER);
    }

    @Override
    protected void check(Component broker, RuleContext ctx, Findings out) {
        boolean activeMq = ctx.setting(broker, "engineType").is("ACTIVEMQ");
        Setting general = ctx.setting(broker, "generalLogs");
        Setting audit = ctx.setting(broker, "auditLogs");
        boolean generalMissing = !general.isTrue();
        boolean auditMissing = activeMq && !audit.isTrue();
        if (!generalMissing && !auditMissing) {
            return;
        }
        String what = generalMissing && auditMissing ? general.describe() + " and " + audit.describe()
                : generalMissing ? general.describe() : audit.describe();
        out.report(what + "; broker problems leave no trace in CloudWatch", ctx.fix("Turn on logs of " + broker.name(), b -> {
            if (generalMissing) {
                b.set(broker.id(), "generalLogs", true);
            }
            if (auditMissing) {
                b.set(broker.id(), "auditLogs", true);
            }
        }));
    }
}
