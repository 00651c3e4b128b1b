package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import java.util.List;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-037: a KMS key whose spec does not support its usage, or with rotation on a key that cannot rotate. */
public final class KmsKeySpecMismatch extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-037", Pillar.RELIABILITY, Severity.ERROR)
            .title("KMS key spec that does not support its usage or rotation")
            .rationale("Each key spec supports only some usages (HMAC keys generate and verify MACs, elliptic-curve keys"
                    + " sign or agree on keys, only symmetric and RSA keys encrypt), and only symmetric encryption keys"
                    + " rotate automatically; KMS rejects any other combination when the stack is deployed.")
            .remedy("Pick a usage the key spec supports, or the key spec the usage needs; turn rotation off for"
                    + " asymmetric and HMAC keys.")
            .references("SEC 3")
            .quickFix()
            .build();

    public KmsKeySpecMismatch() {
        super(INFO, KMS_KEY);
    }

    @Override
    protected void check(Component key, RuleContext ctx, Findings out) {
        Setting spec = ctx.setting(key, "keySpec");
        Setting usage = ctx.setting(key, "keyUsage");
        List<String> usages = KmsKeyUsages.of(spec.text());
        if (!usages.isEmpty() && usage.text() != null && !usages.contains(usage.text())) {
            out.report(spec.describe() + " and " + usage.describe() + "; " + spec.text() + " keys support "
                    + String.join(", ", usages), ctx.setFix(key.id(), "keyUsage", usages.get(0)));
        }
        Setting rotation = ctx.setting(key, "enableKeyRotation");
        // only a rotation the design asks for: the export applies Patternboard's default (on) to symmetric keys only
        if (rotation.isSet() && rotation.isTrue() && !"SYMMETRIC_DEFAULT".equals(spec.text())) {
            out.report("enableKeyRotation is true but " + spec.describe() + "; only symmetric encryption keys rotate",
                    ctx.setFix(key.id(), "enableKeyRotation", false));
        }
    }
}
