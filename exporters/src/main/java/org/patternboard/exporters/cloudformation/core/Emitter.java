package org.patternboard.exporters.cloudformation.core;

import java.util.List;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Exports one family of component types. Emitters are stateless; per-export state lives in the
 * {@link ExportContext}. The exporter calls {@link #emit} for every component (ordered by id), then
 * {@link #wireFrom} on the source's emitter and {@link #wireTo} on the target's emitter for every
 * connection (ordered by id).
 */
public interface Emitter {
    /** The catalog type ids this emitter exports. */
    List<String> types();

    /** Emits the component's own resources (and parts that depend on its connections, such as rule targets). */
    void emit(Component c, ExportContext ctx);

    /**
     * A template value that identifies one of the component's resources for policies and wiring.
     * Every emitter with a resource knows {@code "arn"}; others add forms such as {@code "objects"}
     * (S3 keys), {@code "stream"} (DynamoDB stream) or {@code "indexes"}.
     */
    default Object reference(Component c, String form, ExportContext ctx) {
        throw new IllegalArgumentException(c.type() + " has no reference form '" + form + "'");
    }

    /** A reference for the other end of {@code via} (e.g. S3 objects limited to the connection's prefix). */
    default Object reference(Component c, String form, Connection via, ExportContext ctx) {
        return reference(c, form, ctx);
    }

    /**
     * What a function or container connected to this component is told through environment variables:
     * suffix → value, e.g. {@code URL} → {@code Ref Queue}. The caller prefixes the component's name.
     */
    default java.util.Map<String, Object> environment(Component c, ExportContext ctx) {
        return java.util.Map.of();
    }

    /** Exports what a connection leaving this component means; true when it added anything. */
    default boolean wireFrom(Connection connection, ExportContext ctx) {
        return false;
    }

    /** Exports what a connection arriving at this component means; true when it added anything. */
    default boolean wireTo(Connection connection, ExportContext ctx) {
        return false;
    }

    /**
     * Called for every component after all wiring: writes what was collected, such as the resource policy
     * that {@link ExportContext#resourcePolicies()} gathered for it.
     */
    default void finish(Component c, ExportContext ctx) {
        if (!ctx.resourcePolicies().of(c).isEmpty()) {
            throw new IllegalStateException(c.type() + " cannot hold a resource policy");
        }
    }
}
