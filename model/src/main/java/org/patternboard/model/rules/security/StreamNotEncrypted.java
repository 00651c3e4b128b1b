package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-015: a Kinesis data stream or Firehose delivery stream without server-side encryption. */
public final class StreamNotEncrypted extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-015", Pillar.SECURITY, Severity.WARNING)
            .title("Stream without server-side encryption")
            .rationale("Kinesis and Firehose keep records on disk for hours to days; without server-side encryption"
                    + " they are stored in the clear. Encryption with the AWS-managed key costs nothing extra.")
            .remedy("Turn on server-side encryption (the AWS-managed key is enough unless you need your own).")
            .references("cdk-nag:AwsSolutions-KDS1", "cdk-nag:AwsSolutions-KDF1", "checkov:CKV_AWS_43")
            .quickFix()
            .build();

    public StreamNotEncrypted() {
        super(INFO, KINESIS_STREAM, FIREHOSE);
    }

    @Override
    protected void check(Component stream, RuleContext ctx, Findings out) {
        Setting encryption = ctx.setting(stream, "encryption");
        boolean kinesis = KINESIS_STREAM.equals(stream.type());
        boolean encrypted = kinesis ? !encryption.is("NONE") : encryption.isTrue();
        if (!encrypted) {
            out.report(encryption.describe() + "; records are stored unencrypted",
                    ctx.setFix(stream.id(), "encryption", kinesis ? "KMS" : Boolean.TRUE));
        }
    }
}
