package org.patternboard.app.viewmodel;

import org.patternboard.model.design.Architecture;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.RuleSession;
import org.patternboard.model.rules.ValidationResult;

/**
 * The Well-Architected rule engine as the window's checker: one incremental {@link RuleSession} per window,
 * so an edit re-checks only what it touched (the view-model calls it from one background thread).
 */
public final class RuleEngineChecker implements DesignChecker {
    private final RuleSession session;

    public RuleEngineChecker(RuleEngine engine) {
        this.session = engine.session();
    }

    public static RuleEngineChecker standard() {
        return new RuleEngineChecker(RuleEngine.standard());
    }

    @Override
    public DesignCheck check(Architecture design) {
        ValidationResult r = session.update(design);
        return new DesignCheck(design, r.findings(), r.scores());
    }
}
