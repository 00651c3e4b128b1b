package org.patternboard.exporters.cloudformation.emitters;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.exporters.cloudformation.core.Emitter;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.core.ExportException;
import org.patternboard.exporters.cloudformation.core.Props;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.exporters.cloudformation.template.Resource;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Any CloudFormation resource Patternboard has no type for: its type and raw properties exactly as given
 * (so imported templates survive a round trip), plus DeletionPolicy, UpdateReplacePolicy, DependsOn and
 * Metadata from {@code cfnAttributes}. Connections to and from it order the deployment (DependsOn) unless
 * its properties already reference the other end; permissions on it are not derived (its ARN format is
 * unknown) and belong in its own properties.
 */
final class GenericResourceEmitter implements Emitter {
    static final String GENERIC = "aws.cloudformation.resource";
    // AWS, Alexa and third-party registry types (Org::Service::Resource), modules (…::MODULE) and custom resources.
    private static final String TYPE_PATTERN = "[A-Za-z0-9]+::[A-Za-z0-9]+(::[A-Za-z0-9]+)?(::MODULE)?|Custom::[A-Za-z0-9_@-]+";

    @Override
    public List<String> types() {
        return List.of(GENERIC);
    }

    @Override
    public void emit(Component c, ExportContext ctx) {
        Props p = ctx.props(c);
        String type = p.string("resourceType");
        if (type == null || !type.matches(TYPE_PATTERN)) {
            throw new ExportException("component '" + c.id() + "' is a generic CloudFormation resource with resourceType '"
                    + type + "'; expected e.g. AWS::SSM::Parameter");
        }
        Resource r = ctx.add(c, type);
        Object properties = p.value("cfnProperties");
        if (properties instanceof Map<?, ?> m) {
            m.forEach((k, v) -> r.put(String.valueOf(k), v));
        }
        Object attributes = p.value("cfnAttributes");
        if (attributes instanceof Map<?, ?> a) {
            Object deletion = a.get("DeletionPolicy");
            Object replace = a.get("UpdateReplacePolicy");
            if (deletion != null || replace != null) {
                r.retention(String.valueOf(deletion != null ? deletion : replace));
            }
            Object depends = a.get("DependsOn");
            if (depends instanceof List<?> list) {
                list.forEach(d -> r.dependsOnOptionally(String.valueOf(d)));
            } else if (depends != null) {
                r.dependsOnOptionally(String.valueOf(depends));
            }
            if (a.get("Metadata") instanceof Map<?, ?> meta) {
                meta.forEach((k, v) -> r.metadata(String.valueOf(k), v));
            }
        }
    }

    @Override
    public Object reference(Component c, String form, ExportContext ctx) {
        return switch (form) {
            case "arn", "ref" -> Fn.ref(ctx.id(c));
            default -> Emitter.super.reference(c, form, ctx);
        };
    }

    @Override
    public boolean wireFrom(Connection conn, ExportContext ctx) {
        order(ctx, conn.from(), conn.to());
        return true;
    }

    @Override
    public boolean wireTo(Connection conn, ExportContext ctx) {
        order(ctx, conn.from(), conn.to());
        return true;
    }

    /** {@code first} waits for {@code then}, when both have resources and no reference says so already. */
    private static void order(ExportContext ctx, String first, String then) {
        var r = ctx.template().resource(ctx.id(first));
        var other = ctx.template().resource(ctx.id(then));
        if (r.isEmpty() || other.isEmpty() || first.equals(then)) {
            return;
        }
        Set<String> refs = new TreeSet<>();
        org.patternboard.exporters.cloudformation.core.CycleBreaker.references(r.get().properties(), refs, ctx.template());
        if (!refs.contains(other.get().logicalId())) {
            r.get().dependsOnOptionally(other.get().logicalId());
        }
    }
}
