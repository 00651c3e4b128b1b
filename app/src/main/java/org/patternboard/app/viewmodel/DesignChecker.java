package org.patternboard.app.viewmodel;

import org.patternboard.model.design.Architecture;

/**
 * Checks designs against the Well-Architected rules. Stateful implementations are fine: the view-model
 * calls one instance from a single background thread, in design order.
 */
public interface DesignChecker {
    DesignCheck check(Architecture design);
}
