package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.BROKER;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-018: an Amazon MQ broker deployed as a single instance. */
public final class BrokerSingleInstance extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-018", Pillar.RELIABILITY, Severity.WARNING)
            .title("Message broker runs as a single instance")
            .rationale("A single-instance broker is unavailable during maintenance windows and lost with its zone;"
                    + " active/standby (ActiveMQ) or a three-node cluster (RabbitMQ) spans zones.")
            .remedy("Use ACTIVE_STANDBY_MULTI_AZ for ActiveMQ or CLUSTER_MULTI_AZ for RabbitMQ.")
            .references("WA:REL10-BP01")
            .quickFix()
            .build();

    public BrokerSingleInstance() {
        super(INFO, BROKER);
    }

    @Override
    protected void check(Component broker, RuleContext ctx, Findings out) {
        Setting mode = ctx.setting(broker, "deploymentMode");
        if (mode.is("SINGLE_INSTANCE")) {
            String better = ctx.setting(broker, "engineType").is("RABBITMQ") ? "CLUSTER_MULTI_AZ" : "ACTIVE_STANDBY_MULTI_AZ";
            out.report(mode.describe() + "; maintenance or a zone failure stops messaging",
                    ctx.setFix(broker.id(), "deploymentMode", better));
        }
    }
}
