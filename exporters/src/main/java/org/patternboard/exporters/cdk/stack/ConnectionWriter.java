package org.patternboard.exporters.cdk.stack;

import org.patternboard.model.design.Connection;

/** Exports a connection that neither end's construct writer exported (e.g. a grant from a table). */
@FunctionalInterface
public interface ConnectionWriter {
    /** True when the connection was exported. */
    boolean wire(Connection conn, StackContext ctx);
}
