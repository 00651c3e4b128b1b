package org.patternboard.exporters.cloudformation.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.exporters.cloudformation.iam.Grant;
import org.patternboard.exporters.cloudformation.iam.Iam;
import org.patternboard.exporters.cloudformation.iam.ServiceAccess;
import org.patternboard.exporters.cloudformation.template.LogicalIds;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Exports one connection: the emitters of both ends add what it means to their resources, then the
 * least-privilege tables add the role statements (identity policies) and the service permissions
 * (resource policies) it needs.
 */
public final class Wiring {
    private Wiring() {
    }

    public static void wire(Connection conn, Component from, Component to, ExportContext ctx) {
        if (ctx.emitter(from).wireFrom(conn, ctx)) {
            ctx.handled(conn);
        }
        if (ctx.emitter(to).wireTo(conn, ctx)) {
            ctx.handled(conn);
        }
        for (Grant g : ctx.grants().grantsFor(from.type(), conn.kind(), to.type())) {
            if (!holds(g.when(), conn, from, to, ctx)) {
                continue;
            }
            Component grantee = g.grantee() == Grant.End.FROM ? from : to;
            Component other = g.grantee() == Grant.End.FROM ? to : from;
            allow(ctx, conn, grantee, other, actions(g, conn, ctx), g.resources());
        }
        for (ServiceAccess s : ctx.grants().serviceAccessFor(from.type(), conn.kind(), to.type())) {
            if (!holds(s.when(), conn, from, to, ctx)) {
                continue;
            }
            Component holder = s.on() == Grant.End.TO ? to : from;
            Component source = s.on() == Grant.End.TO ? from : to;
            List<Object> resources = new ArrayList<>();
            for (String form : s.resources()) {
                resources.add(ctx.reference(holder, form, conn));
            }
            ctx.resourcePolicies().add(holder, new ResourcePolicies.ServiceStatement(conn, source, s.service(),
                    s.actions(), resources, ctx.reference(source, s.sourceArn(), conn)));
            ctx.handled(conn);
        }
    }

    /** Grants {@code actions} on reference forms of {@code other} to the role of {@code grantee}. */
    public static void allow(ExportContext ctx, Connection conn, Component grantee, Component other, List<String> actions,
            List<String> forms) {
        ctx.role(grantee);
        List<Object> resources = new ArrayList<>();
        for (String form : forms) {
            resources.add(Iam.WILDCARD.equals(form) ? Iam.WILDCARD : ctx.reference(other, form, conn));
        }
        String sid = LogicalIds.sanitize(conn.kind().id(), "Grant") + ctx.id(other);
        ctx.iam().allow(grantee.id(), sid, actions, resources, null);
        // a resource encrypted with a customer managed key is usable only with that key
        ctx.encryptionKey(other).ifPresent(key -> ctx.iam().allow(grantee.id(), "UseKeyOf" + ctx.id(other),
                ctx.grants().baseline("kmsForEncryptedResource"), List.of(ctx.reference(key, "arn")), null));
        ctx.handled(conn);
    }

    /**
     * The row's actions, or for a {@code uses} connection that lists its own {@code actions}, those, provided
     * they belong to the same services as the row's (a connection cannot widen what the table allows).
     */
    private static List<String> actions(Grant g, Connection conn, ExportContext ctx) {
        if (conn.kind() != ConnectionKind.USES) {
            return g.actions();
        }
        List<Object> wanted = ctx.props(conn).list("actions");
        if (wanted.isEmpty()) {
            return g.actions();
        }
        Set<String> services = new TreeSet<>();
        g.actions().forEach(a -> services.add(a.substring(0, a.indexOf(':'))));
        List<String> result = new ArrayList<>();
        for (Object o : wanted) {
            String a = String.valueOf(o).trim();
            int colon = a.indexOf(':');
            if (a.contains("*") || colon <= 0 || !services.contains(a.substring(0, colon))
                    || !a.substring(colon + 1).matches("[A-Za-z0-9]+")) {
                throw new ExportException("connection '" + conn.id() + "' asks for action '" + a
                        + "'; allowed are single actions (no *) of " + String.join(", ", services));
            }
            if (!result.contains(a)) {
                result.add(a);
            }
        }
        return result;
    }

    static boolean holds(Map<String, String> when, Connection conn, Component from, Component to, ExportContext ctx) {
        for (Map.Entry<String, String> e : when.entrySet()) {
            String key = e.getKey();
            int dot = key.indexOf('.');
            String scope = key.substring(0, dot);
            String property = key.substring(dot + 1);
            Props props = switch (scope) {
                case "connection" -> ctx.props(conn);
                case "from" -> ctx.props(from);
                case "to" -> ctx.props(to);
                default -> throw new IllegalStateException("bad condition " + key);
            };
            if (!e.getValue().equals(String.valueOf(props.value(property)))) {
                return false;
            }
        }
        return true;
    }
}
