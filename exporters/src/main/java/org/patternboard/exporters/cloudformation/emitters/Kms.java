package org.patternboard.exporters.cloudformation.emitters;

import java.util.Optional;
import org.patternboard.exporters.cloudformation.core.ExportContext;
import org.patternboard.exporters.cloudformation.template.Fn;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/** The customer managed key a component is connected to with {@code uses}, if any. */
final class Kms {
    static final String KEY = "aws.kms.key";

    private Kms() {
    }

    static Optional<Component> key(ExportContext ctx, Component c) {
        for (Connection u : ctx.outgoing(c, ConnectionKind.USES)) {
            Component target = ctx.component(u.to());
            if (KEY.equals(target.type())) {
                return Optional.of(target);
            }
        }
        return Optional.empty();
    }

    /** The connected key's ARN, else the given AWS managed key alias. */
    static Object keyOrAlias(ExportContext ctx, Component c, String alias) {
        return key(ctx, c).<Object>map(k -> Fn.getAtt(ctx.id(k), "Arn")).orElse(alias);
    }
}
