package org.patternboard.exporters.cdk.constructs;

import com.squareup.javapoet.CodeBlock;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.patternboard.exporters.cdk.stack.StackContext;
import org.patternboard.model.catalog.ConnectionKind;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/** Customer managed keys: a resource that {@code uses} a KMS key is encrypted with it. */
final class Keys {
    static final String KEY_TYPE = "aws.kms.key";

    private Keys() {
    }

    /** The key connection, when the component uses a declared key; marks it handled. */
    static Optional<CodeBlock> key(Component c, StackContext ctx) {
        for (Connection u : ctx.outgoingTo(c, ConnectionKind.USES, KEY_TYPE)) {
            if (ctx.hasVariable(u.to())) {
                ctx.handled(u);
                return Optional.of(ctx.ref(u.to()));
            }
        }
        return Optional.empty();
    }

    /** The keys a component is encrypted with, as prerequisites. */
    static Set<String> prerequisites(Component c, StackContext ctx) {
        Set<String> pre = new TreeSet<>();
        ctx.outgoingTo(c, ConnectionKind.USES, KEY_TYPE).forEach(u -> pre.add(u.to()));
        return pre;
    }
}
