package org.patternboard.model.rules.cost;

import static org.patternboard.model.rules.Types.*;

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

/** COST-007: Firehose writes uncompressed objects to S3. */
public final class DeliveryStreamUncompressed extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("COST-007", Pillar.COST_OPTIMIZATION, Severity.INFO)
            .title("Firehose writes uncompressed data to S3")
            .rationale("Logs and events compress five to ten times; uncompressed delivery multiplies S3 storage, request"
                    + " and scan (Athena) costs, and the energy to store them.")
            .remedy("Compress the delivery (GZIP, or Snappy for Parquet/ORC).")
            .references("COST 1", "WA:SUS04-BP03")
            .quickFix()
            .build();

    public DeliveryStreamUncompressed() {
        super(INFO, FIREHOSE);
    }

    @Override
    protected void check(Component stream, RuleContext ctx, Findings out) {
        Setting compression = ctx.setting(stream, "compression");
        List<Connection> buckets = ctx.outgoing(stream.id(), ConnectionKind.WRITES, BUCKET);
        if (compression.is("UNCOMPRESSED") && !buckets.isEmpty()) {
            out.report(compression.describe() + " for the objects written to " + ctx.name(buckets.get(0).to()),
                    ctx.setFix(stream.id(), "compression", "GZIP"), buckets.get(0).to());
        }
    }
}
