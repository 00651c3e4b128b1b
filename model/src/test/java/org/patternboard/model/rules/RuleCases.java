package org.patternboard.model.rules;

import java.util.ArrayList;
import java.util.List;

/** Every rule's case, one per rule id. */
final class RuleCases {
    private RuleCases() {
    }

    static List<RuleCase> all() {
        List<RuleCase> all = new ArrayList<>();
        all.addAll(OperationalCases.all());
        all.addAll(SecurityCases.all());
        all.addAll(ReliabilityCases.all());
        all.addAll(OtherPillarCases.performance());
        all.addAll(OtherPillarCases.cost());
        all.addAll(OtherPillarCases.sustainability());
        return all;
    }
}
