package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.TABLE;

import java.util.List;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-034: a DynamoDB table triggers a consumer but has no stream to read from. */
public final class TableTriggerWithoutStream extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-034", Pillar.RELIABILITY, Severity.ERROR)
            .title("Table triggers a consumer but has no stream")
            .rationale("A DynamoDB trigger reads the table's stream; with the stream off there is nothing to read and the"
                    + " event source cannot be created.")
            .remedy("Turn on the table's stream (NEW_AND_OLD_IMAGES, or the view the consumer needs).")
            .references("REL 2")
            .quickFix()
            .build();

    public TableTriggerWithoutStream() {
        super(INFO, TABLE);
    }

    @Override
    protected void check(Component table, RuleContext ctx, Findings out) {
        List<Connection> triggers = ctx.outgoing(table.id(), ConnectionKind.TRIGGERS);
        Setting stream = ctx.setting(table, "stream");
        if (!triggers.isEmpty() && stream.is("NONE")) {
            out.report(stream.describe() + ": " + String.join(", ", triggers.stream().map(c -> ctx.name(c.to()))
                    .toList()) + " has nothing to read", ctx.setFix(table.id(), "stream", "NEW_AND_OLD_IMAGES"),
                    triggers.stream().map(Connection::to).toArray(String[]::new));
        }
    }
}
