package org.patternboard.model.rules;

import java.util.List;
import java.util.Optional;
import org.patternboard.model.edit.Edit;

/**
 * One problem a rule found, pointing at component and connection ids.
 *
 * @param quickFix an edit that removes the problem, when the rule offers one
 * @param suppressed whether a suppression in the design silences it (it is still reported, never hidden)
 * @param suppressionReason the reason given for the suppression, or null
 */
public record Finding(
        String ruleId,
        Pillar pillar,
        Severity severity,
        String title,
        String message,
        List<String> targets,
        String remedy,
        Optional<Edit> quickFix,
        boolean suppressed,
        String suppressionReason) {

    public Finding {
        targets = List.copyOf(targets);
        quickFix = quickFix == null ? Optional.empty() : quickFix;
    }
}
