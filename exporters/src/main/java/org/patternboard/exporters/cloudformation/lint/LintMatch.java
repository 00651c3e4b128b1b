package org.patternboard.exporters.cloudformation.lint;

import java.util.List;
import org.patternboard.model.rules.Severity;

/**
 * One cfn-lint finding on an exported template, mapped back to the design.
 *
 * @param rule the cfn-lint rule id, e.g. {@code E3002}
 * @param severity cfn-lint's Error, Warning and Informational as Patternboard severities
 * @param message cfn-lint's message
 * @param path where in the template, e.g. {@code Resources/Orders/Properties/Bogus}
 * @param line the line in the exported JSON template (1-based), 0 when cfn-lint gave none
 * @param targets the component, connection or group ids whose resource the finding is on; empty when it is
 *     about the template as a whole
 */
public record LintMatch(String rule, Severity severity, String message, String path, int line, List<String> targets) {
    public LintMatch {
        targets = List.copyOf(targets);
    }

    static Severity severityOf(String cfnLintLevel) {
        return switch (cfnLintLevel) {
            case "Error" -> Severity.ERROR;
            case "Warning" -> Severity.WARNING;
            default -> Severity.INFO;
        };
    }
}
