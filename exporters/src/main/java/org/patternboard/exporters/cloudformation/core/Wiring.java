package org.patternboard.exporters.cloudformation.core;

import java.util.ArrayList;
import java.util.List;
import org.patternboard.exporters.cloudformation.iam.Grant;
import org.patternboard.exporters.cloudformation.iam.Iam;
import org.patternboard.exporters.cloudformation.iam.ServiceAccess;
import org.patternboard.exporters.cloudformation.template.LogicalIds;
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
            Component grantee = g.grantee() == Grant.End.FROM ? from : to;
            Component other = g.grantee() == Grant.End.FROM ? to : from;
            ctx.role(grantee);
            List<Object> resources = new ArrayList<>();
            for (String form : g.resources()) {
                resources.add(Iam.WILDCARD.equals(form) ? Iam.WILDCARD : ctx.reference(other, form));
            }
            String sid = LogicalIds.sanitize(conn.kind().id(), "Grant") + ctx.id(other);
            ctx.iam().allow(grantee.id(), sid, g.actions(), resources, null);
            ctx.handled(conn);
        }
        for (ServiceAccess s : ctx.grants().serviceAccessFor(from.type(), conn.kind(), to.type())) {
            List<Object> resources = new ArrayList<>();
            for (String form : s.resources()) {
                resources.add(ctx.reference(to, form));
            }
            ctx.resourcePolicies().add(to, new ResourcePolicies.ServiceStatement(conn, s.service(), s.actions(),
                    resources, ctx.reference(from, s.sourceArn())));
            ctx.handled(conn);
        }
    }
}
