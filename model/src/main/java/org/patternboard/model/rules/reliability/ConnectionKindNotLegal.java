package org.patternboard.model.rules.reliability;

import java.util.List;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Severity;

/**
 * REL-044: a connection's kind is not one the catalog allows between its two types (a hand-written file: the
 * canvas only draws legal kinds). The design keeps it, but no export can wire it, so the system would deploy
 * without that link; an error, so that it is never lost silently.
 */
public final class ConnectionKindNotLegal extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-044", Pillar.RELIABILITY, Severity.ERROR)
            .title("Connection kind is not allowed between its components")
            .rationale("The exports wire only the kinds the catalog defines for a pair of types; any other kind is"
                    + " left out of the template, so the deployed system would lack the link the diagram shows.")
            .remedy("Change the connection to one of the kinds the message lists (the quick fix picks the pair's"
                    + " usual one), or remove it.")
            .references("REL 1")
            .quickFix()
            .build();

    public ConnectionKindNotLegal() {
        // any catalog type can be the start of a connection
        super(INFO, Catalog.standard().types().stream().map(ComponentType::id).toArray(String[]::new));
    }

    @Override
    protected void check(Component c, RuleContext ctx, Findings out) {
        for (Connection conn : ctx.outgoing(c.id())) {
            String toType = ctx.typeOf(conn.to());
            if (toType == null || ctx.catalog().type(toType).isEmpty()) {
                continue; // a missing end or an unknown type is refused on load and by validate
            }
            if (ctx.catalog().isLegal(c.type(), conn.kind(), toType)) {
                continue;
            }
            String why = ctx.catalog().whyIllegal(c.type(), conn.kind(), toType).orElse("");
            List<ConnectionKind> legal = ctx.catalog().legalKinds(c.type(), toType);
            ConnectionKind usual = legal.isEmpty() ? null : legal.get(0);
            out.report(ctx.name(c.id()) + " \u2192 " + ctx.name(conn.to()) + " (" + conn.id() + "): " + why,
                    usual == null ? null : ctx.fix("Change " + conn.id() + " to " + usual.id(), b -> b.changeKind(conn.id(), usual)),
                    conn.id(), conn.to());
        }
    }
}
