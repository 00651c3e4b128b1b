package org.patternboard.model.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where a rule reports. For a component rule the subject is always the first target, so findings sort and
 * re-check by subject; other targets (the components and connections involved) follow.
 */
public final class Findings {
    private final List<Finding> found = new ArrayList<>();
    private RuleInfo info;
    private String subject;

    Findings() {
    }

    void start(RuleInfo ruleInfo, String subjectId) {
        this.info = ruleInfo;
        this.subject = subjectId;
    }

    /** Reports a problem of the current subject; {@code moreTargets} are other component or connection ids. */
    public void report(String message, String... moreTargets) {
        report(message, null, moreTargets);
    }

    /** Reports a problem of the current subject with a quick fix (null for none). */
    public void report(String message, QuickFix fix, String... moreTargets) {
        if (subject == null) {
            throw new IllegalStateException(info.id() + ": a design rule must name its targets (use reportOn)");
        }
        if (moreTargets.length == 0) {
            add(List.of(subject), message, fix);
            return;
        }
        Set<String> targets = new LinkedHashSet<>();
        targets.add(subject);
        targets.addAll(List.of(moreTargets));
        add(List.copyOf(targets), message, fix);
    }

    /** Reports a problem with explicit targets (design rules). */
    public void reportOn(List<String> targets, String message, QuickFix fix) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException(info.id() + ": a finding needs a target");
        }
        add(List.copyOf(new LinkedHashSet<>(targets)), message, fix);
    }

    private void add(List<String> targets, String message, QuickFix fix) {
        if (fix != null && !info.hasQuickFix()) {
            throw new IllegalStateException(info.id() + " offers a quick fix but its metadata says it has none");
        }
        found.add(new Finding(info.id(), info.pillar(), info.severity(), info.title(), message, targets, info.remedy(),
                Optional.ofNullable(fix), false, null));
    }

    List<Finding> drain() {
        if (found.isEmpty()) {
            return List.of();
        }
        List<Finding> copy = List.copyOf(found);
        found.clear();
        return copy;
    }
}
