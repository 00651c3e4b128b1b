package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.FixBuilder;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Severity;

/** REL-041: an RDS Proxy in front of a database engine RDS Proxy does not support (Oracle, Db2). */
public final class ProxyForUnsupportedEngine extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-041", Pillar.RELIABILITY, Severity.ERROR)
            .title("RDS Proxy in front of an engine it does not support")
            .rationale("RDS Proxy pools connections for MySQL, MariaDB, PostgreSQL, SQL Server and Aurora only; a proxy"
                    + " for an Oracle or Db2 database cannot be created (the CDK refuses to synthesize it).")
            .remedy("Connect the clients to the database directly and keep their concurrency low, or move to an engine"
                    + " RDS Proxy supports.")
            .references("REL 1")
            .quickFix()
            .build();

    public ProxyForUnsupportedEngine() {
        super(INFO, DB_PROXY);
    }

    @Override
    protected void check(Component proxy, RuleContext ctx, Findings out) {
        for (Connection c : ctx.outgoing(proxy.id(), ConnectionKind.CONNECTS, DB_INSTANCE)) {
            String engine = ctx.setting(ctx.component(c.to()), "engine").text();
            if (!ProxyEngines.supports(engine)) {
                out.report(ctx.name(c.to()) + " runs " + engine + ", which RDS Proxy does not support",
                        ctx.fix("Remove the proxy and connect its clients to " + ctx.name(c.to()),
                                b -> bypass(b, proxy.id(), c.to())), c.to(), c.id());
            }
        }
    }

    private static void bypass(FixBuilder b, String proxy, String db) {
        for (Connection in : b.current().incoming(proxy)) {
            if (in.kind() == ConnectionKind.CONNECTS) {
                b.connect(in.from(), db, ConnectionKind.CONNECTS, Map.of());
            }
        }
        b.remove(proxy);
    }
}
