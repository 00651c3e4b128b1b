package org.patternboard.exporters.cdk.stack;

import java.util.List;
import java.util.Set;
import org.patternboard.model.design.Component;
import org.patternboard.model.design.Connection;

/**
 * Writes the CDK code of one family of component types: the declaration of each component (one variable,
 * named after it) and what the connections that start or end at it mean (grants, event sources,
 * subscriptions, targets, integrations...).
 */
public interface ConstructWriter {
    /** The catalog type ids this writer declares. */
    List<String> types();

    /**
     * Components whose variables this component's declaration uses (a dead-letter queue, the functions a
     * state machine calls, the origins of a distribution); they are declared first.
     */
    default Set<String> prerequisites(Component c, StackContext ctx) {
        return Set.of();
    }

    /** Declares the component; a type with no resource of its own (an external actor) declares nothing. */
    void declare(Component c, StackContext ctx);

    /** Exports a connection that starts at one of this writer's components; true when it did. */
    default boolean wireFrom(Connection conn, StackContext ctx) {
        return false;
    }

    /** Exports a connection that ends at one of this writer's components; true when it did. */
    default boolean wireTo(Connection conn, StackContext ctx) {
        return false;
    }
}
