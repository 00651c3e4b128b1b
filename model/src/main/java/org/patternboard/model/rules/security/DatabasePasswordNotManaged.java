package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.*;

import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** SEC-006: a database master password that is neither RDS-managed nor kept in a connected secret. */
public final class DatabasePasswordNotManaged extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-006", Pillar.SECURITY, Severity.WARNING)
            .title("Database password not kept in Secrets Manager")
            .rationale("A master password typed into a template or parameter ends up in version control, stack"
                    + " parameters and people's notes; kept in Secrets Manager it is generated, never shown, and can be"
                    + " rotated.")
            .remedy("Let RDS manage the master password in Secrets Manager (manageMasterPassword), or connect the"
                    + " database to a generated secret.")
            .references("SEC 3", "cfn-lint:W1011", "cfn-lint:W2501")
            .quickFix()
            .build();

    public DatabasePasswordNotManaged() {
        super(INFO, DB_INSTANCE, DB_CLUSTER);
    }

    @Override
    protected void check(Component db, RuleContext ctx, Findings out) {
        Setting managed = ctx.setting(db, "manageMasterPassword");
        if (managed.isTrue() || !ctx.outgoing(db.id(), ConnectionKind.USES, SECRET).isEmpty()) {
            return;
        }
        out.report(managed.describe() + " and no secret is connected, so the master password has to be written"
                + " into the template or a parameter", ctx.setFix(db.id(), "manageMasterPassword", true));
    }
}
