package org.patternboard.model.rules.sustainability;

import static org.patternboard.model.rules.Types.TABLE;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SUS-008: a DynamoDB stream that nothing reads. */
public final class UnusedTableStream extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SUS-008", Pillar.SUSTAINABILITY, Severity.INFO)
            .title("DynamoDB stream that nothing reads")
            .rationale("A table stream records every change for 24 hours; when no consumer reads it, that work and"
                    + " storage are wasted.")
            .remedy("Turn the stream off, or connect the consumer that needs it.")
            .references("COST 1")
            .quickFix()
            .build();

    public UnusedTableStream() {
        super(INFO, TABLE);
    }

    @Override
    protected void check(Component table, RuleContext ctx, Findings out) {
        Setting stream = ctx.setting(table, "stream");
        if (!stream.is("NONE") && ctx.outgoing(table.id(), ConnectionKind.TRIGGERS).isEmpty()) {
            out.report(stream.describe() + " but nothing consumes the stream", ctx.setFix(table.id(), "stream", "NONE"));
        }
    }
}
