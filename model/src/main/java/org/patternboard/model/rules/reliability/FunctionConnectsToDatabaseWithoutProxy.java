package org.patternboard.model.rules.reliability;

import static org.patternboard.model.rules.Types.*;

import java.util.LinkedHashMap;
import java.util.Map;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Connection;
import org.patternboard.model.rules.FixBuilder;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.ComponentRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Setting;
import org.patternboard.model.rules.Severity;

/** REL-009: a function opens connections to a relational database directly, without RDS Proxy. */
public final class FunctionConnectsToDatabaseWithoutProxy extends ComponentRule {
    static final RuleInfo INFO = RuleInfo.builder("REL-009", Pillar.RELIABILITY, Severity.WARNING)
            .title("Function connects to a database without RDS Proxy")
            .rationale("Every concurrent execution opens its own database connection; when the function scales out, it"
                    + " exhausts the database's connection limit and the database refuses everyone. RDS Proxy pools and"
                    + " shares connections and survives failovers faster.")
            .remedy("Put an RDS Proxy between the function and the database (function connects to the proxy, the proxy"
                    + " to the database), or use the Aurora Data API.")
            .references("REL 1", "PER 1")
            .quickFix()
            .build();

    public FunctionConnectsToDatabaseWithoutProxy() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(Component fn, RuleContext ctx, Findings out) {
        for (Connection c : ctx.outgoing(fn.id(), ConnectionKind.CONNECTS, DB_INSTANCE, DB_CLUSTER)) {
            if (!ProxyEngines.supports(ctx.setting(ctx.component(c.to()), "engine").text())) {
                continue; // no proxy to recommend for Oracle or Db2 (REL-041)
            }
            out.report("each concurrent execution opens its own connection to " + ctx.name(c.to())
                    + "; a burst exhausts the database's connections", ctx.fix("Route " + fn.name() + " through RDS Proxy",
                            b -> insertProxy(b, c)), c.to(), c.id());
        }
    }

    private static void insertProxy(FixBuilder b, Connection direct) {
        String db = direct.to();
        String proxy = null;
        for (Connection c : b.current().incoming(db)) {
            Component from = b.current().componentOrNull(c.from());
            if (c.kind() == ConnectionKind.CONNECTS && from != null && DB_PROXY.equals(from.type())) {
                proxy = from.id();
                break;
            }
        }
        if (proxy == null) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("engineFamily", family(b.component(db)));
            props.put("requireTls", true);
            props.put("iamAuth", true);
            proxy = b.addNear(db, DB_PROXY, "Proxy", props);
            b.connect(proxy, db, ConnectionKind.CONNECTS, Map.of());
            for (Connection s : b.current().outgoing(db)) {
                Component secret = b.current().componentOrNull(s.to());
                if (s.kind() == ConnectionKind.USES && secret != null && SECRET.equals(secret.type())) {
                    b.connect(proxy, secret.id(), ConnectionKind.USES, Map.of());
                }
            }
        }
        b.remove(direct.id());
        b.connect(direct.from(), proxy, ConnectionKind.CONNECTS, Map.of());
    }

    private static String family(Component db) {
        String engine = db.property("engine") instanceof String s ? s
                : DB_CLUSTER.equals(db.type()) ? "aurora-postgresql" : "postgres";
        if (engine.contains("postgres")) {
            return "POSTGRESQL";
        }
        return engine.startsWith("sqlserver") ? "SQLSERVER" : "MYSQL";
    }
}
