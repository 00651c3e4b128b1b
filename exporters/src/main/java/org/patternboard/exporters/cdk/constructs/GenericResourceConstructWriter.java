package org.patternboard.exporters.cdk.constructs;


import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cdk.stack.Call;
import org.patternboard.exporters.cdk.stack.Cdk;
import org.patternboard.exporters.cdk.stack.ConstructWriter;
import org.patternboard.exporters.cdk.stack.Literals;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Any CloudFormation resource without a Patternboard type: a {@code CfnResource} with its type and raw
 * properties as written. Connections to and from it order the deployment ({@code addDependency}); its
 * permissions belong in its own properties, since its ARN format is unknown.
 */
final class GenericResourceConstructWriter implements ConstructWriter {
    private static final String TYPE_PATTERN = "(AWS|Alexa|Custom)::[A-Za-z0-9]+(::[A-Za-z0-9]+)?|Custom::[A-Za-z0-9_@-]+";

    @Override
    public List<String> types() {
        return List.of("aws.cloudformation.resource");
    }

    @Override
    public void declare(Component c, StackContext ctx) {
        Props p = ctx.props(c);
        String type = p.string("resourceType", "");
        if (!type.matches(TYPE_PATTERN)) {
            ctx.declareNothing(c, "not exported: resourceType '" + type + "' is not a CloudFormation type");
            ctx.notExported(c.id(), "resourceType '" + type + "' is not a CloudFormation resource type");
            return;
        }
        Call r = Call.construct(Cdk.CFN_RESOURCE, ctx.constructId(c)).string("type", type);
        if (!p.map("cfnProperties").isEmpty()) {
            r.set("properties", Literals.map(p.map("cfnProperties")));
        }
        ctx.declare(c, Cdk.CFN_RESOURCE, r.build());
        Map<String, Object> attributes = p.map("cfnAttributes");
        Object deletion = attributes.get("DeletionPolicy");
        if (deletion != null && List.of("Delete", "Retain", "Snapshot", "RetainExceptOnCreate").contains(String.valueOf(deletion))) {
            ctx.statement("$N.applyRemovalPolicy($T.$N)", ctx.var(c), Cdk.REMOVAL_POLICY, switch (String.valueOf(deletion)) {
                case "Delete" -> "DESTROY";
                case "Snapshot" -> "SNAPSHOT";
                case "RetainExceptOnCreate" -> "RETAIN_ON_UPDATE_OR_DELETE";
                default -> "RETAIN";
            });
        }
        if (attributes.get("Metadata") instanceof Map<?, ?> meta) {
            meta.forEach((k, v) -> ctx.statement("$N.addMetadata($S, $L)", ctx.var(c), String.valueOf(k), Literals.of(v)));
        }
        ctx.expect(c, type, Map.of());
    }

    @Override
    public boolean wireFrom(Connection conn, StackContext ctx) {
        return order(conn.from(), conn.to(), ctx);
    }

    @Override
    public boolean wireTo(Connection conn, StackContext ctx) {
        if (Grants.grant(conn, ctx)) {
            return true;
        }
        return order(conn.from(), conn.to(), ctx);
    }

    /** {@code first} is deployed after {@code then}. */
    private static boolean order(String first, String then, StackContext ctx) {
        if (first.equals(then)) {
            return true;
        }
        if (!ctx.hasVariable(first) || !ctx.hasVariable(then)) {
            ctx.comment("nothing to order: an end deploys no resource");
            return true;
        }
        ctx.statement("$N.getNode().addDependency($N)", ctx.var(first), ctx.var(then));
        return true;
    }

}
