package org.patternboard.model.rules.operational;

import static org.patternboard.model.rules.Types.*;

import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.CommonFixes;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Severity;

/** OPS-018: an API or workflow whose failures no alarm watches. */
public final class EntryPointWithoutAlarm extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("OPS-018", Pillar.OPERATIONAL_EXCELLENCE, Severity.INFO)
            .title("API or workflow without an error alarm")
            .rationale("APIs and state machines publish error metrics out of the box (5XX responses, failed executions);"
                    + " an alarm on them is the cheapest way to hear about an outage before the users report it.")
            .remedy("Add an alarm on the error metric (5XXError, 5xx, ExecutionsFailed) that notifies the team.")
            .references("OPS 1")
            .quickFix()
            .build();

    /** The error metric each type publishes. */
    private static final Map<String, String> METRIC = Map.of(REST_API, "5XXError", HTTP_API, "5xx",
            WEBSOCKET_API, "ExecutionError", GRAPHQL_API, "5XXError", STATE_MACHINE, "ExecutionsFailed");

    public EntryPointWithoutAlarm() {
        super(INFO, REST_API, HTTP_API, WEBSOCKET_API, GRAPHQL_API, STATE_MACHINE);
    }

    @Override
    protected void check(Component subject, RuleContext ctx, Findings out) {
        if (!ctx.incoming(subject.id(), ConnectionKind.MONITORS, ALARM).isEmpty()) {
            return;
        }
        String metric = METRIC.get(subject.type());
        out.report("no alarm watches " + metric + ", so failures are noticed only when someone complains",
                ctx.fix("Add an alarm on " + subject.name(), b -> CommonFixes.addAlarm(b, subject.id(), metric, "Sum", 0)));
    }
}
