package org.patternboard.model.rules;

import java.util.Set;

/**
 * One Well-Architected check. A rule is either a {@link ComponentRule} (checks one component at a time and
 * reads only that component, its connections, its neighbours and their connections, which is what lets a
 * {@link RuleSession} re-check only what an edit touched) or a {@link DesignRule} (needs the whole graph and
 * is re-run whenever a component of one of its types changes).
 */
public interface Rule {
    RuleInfo info();

    /**
     * The component types the rule is about. For a component rule these are its subjects; for every rule they
     * are what its pillar score is normalised by.
     */
    Set<String> appliesTo();
}
