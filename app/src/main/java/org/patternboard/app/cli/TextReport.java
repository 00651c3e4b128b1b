package org.patternboard.app.cli;

import java.util.Comparator;
import java.util.List;
import org.patternboard.exporters.cloudformation.lint.LintMatch;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.Severity;
import org.patternboard.model.rules.ValidationResult;

/** Findings grouped by pillar, one line each, then the six scores. Suppressed findings are shown, marked. */
final class TextReport {
    private TextReport() {
    }

    static String write(String design, Architecture a, ValidationResult result, List<LintMatch> lint) {
        StringBuilder sb = new StringBuilder();
        sb.append(design).append(": ").append(count(result.count(Severity.ERROR), "error")).append(", ")
                .append(count(result.count(Severity.WARNING), "warning")).append(", ")
                .append(count(result.count(Severity.INFO), "info"));
        int suppressed = result.suppressed().size();
        if (suppressed > 0) {
            sb.append(" (").append(suppressed).append(" more suppressed)");
        }
        sb.append('\n');
        for (Pillar p : Pillar.values()) {
            List<Finding> findings = result.findings().stream().filter(f -> f.pillar() == p)
                    .sorted(Comparator.comparing(Finding::suppressed).thenComparing(Finding::severity)).toList();
            if (findings.isEmpty()) {
                continue;
            }
            sb.append('\n').append(p.title()).append('\n');
            for (Finding f : findings) {
                sb.append("  ").append(String.format("%-8s", f.suppressed() ? "(" + f.severity().id() + ")" : f.severity().id()))
                        .append(String.format("%-9s", f.ruleId()))
                        .append(String.join(", ", Reports.names(a, f.targets()))).append(": ").append(f.message());
                if (f.suppressed()) {
                    sb.append(" [suppressed: ").append(f.suppressionReason()).append(']');
                }
                sb.append('\n');
            }
        }
        if (lint != null) {
            sb.append("\ncfn-lint on the exported CloudFormation template: ")
                    .append(lint.isEmpty() ? "no findings" : count(lint.size(), "finding")).append('\n');
            for (LintMatch m : lint) {
                sb.append("  ").append(String.format("%-8s", m.severity().id())).append(String.format("%-9s", m.rule()))
                        .append(m.targets().isEmpty() ? m.path() : String.join(", ", Reports.names(a, m.targets())))
                        .append(": ").append(m.message().replace('\n', ' ')).append('\n');
            }
        }
        sb.append("\nScores\n");
        for (Pillar p : Pillar.values()) {
            sb.append(String.format("  %-24s %3d%n", p.title(), result.score(p)));
        }
        return sb.toString();
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 || word.equals("info") ? "" : "s");
    }
}
