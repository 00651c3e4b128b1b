package org.patternboard.model.rules.security;

import static org.patternboard.model.rules.Types.LAMBDA;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.DesignRule;
import org.patternboard.model.rules.Findings;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.RuleContext;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Severity;

/**
 * SEC-023: several functions share one execution role (the {@code role} property names it). A design rule:
 * functions sharing a role need not be connected to each other.
 */
public final class ExecutionRoleShared extends DesignRule {
    static final RuleInfo INFO = RuleInfo.builder("SEC-023", Pillar.SECURITY, Severity.WARNING)
            .title("Execution role shared by several functions")
            .rationale("A shared role holds the union of every function's permissions, so each function can do what"
                    + " any of them may do, and a compromise of one exposes all. One role per function keeps each to"
                    + " the least privilege its own connections need.")
            .remedy("Give every function its own role (leave 'role' unset and Patternboard derives one from the"
                    + " function's connections).")
            .references("SEC 2")
            .quickFix()
            .build();

    public ExecutionRoleShared() {
        super(INFO, LAMBDA);
    }

    @Override
    protected void check(RuleContext ctx, Findings out) {
        Map<String, List<String>> byRole = new TreeMap<>();
        for (String id : ctx.ofType(LAMBDA)) {
            Component fn = ctx.component(id);
            if (fn.property("role") instanceof String role && !role.isBlank()) {
                byRole.computeIfAbsent(role, k -> new ArrayList<>()).add(id);
            }
        }
        byRole.forEach((role, ids) -> {
            if (ids.size() < 2) {
                return;
            }
            List<String> names = ids.stream().map(ctx::name).toList();
            out.reportOn(ids, names.size() + " functions (" + String.join(", ", names) + ") share the execution role '"
                    + role + "', so each holds the permissions all of them need",
                    ctx.fix("Give " + String.join(", ", names) + " their own roles", b -> ids.forEach(
                            id -> b.set(id, "role", null))));
        });
    }
}
