package org.patternboard.exporters.cloudformation.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.CloudFormationExporter;
import org.patternboard.exporters.cloudformation.core.LiteralText;
import org.patternboard.model.design.Architecture;

/**
 * {@code validate --with-cfn-lint}: exports the design to CloudFormation, runs cfn-lint on the template and
 * maps each match back to the components, connections or groups whose resource it is on (through the
 * {@code patternboard:*} metadata every exported resource carries).
 */
public final class DesignLint {
    private static final List<String> METADATA_KEYS =
            List.of("patternboard:component", "patternboard:connection", "patternboard:group");

    private final CloudFormationExporter exporter;
    private final CfnLintProcess cfnLint;

    public DesignLint(CloudFormationExporter exporter, CfnLintProcess cfnLint) {
        this.exporter = exporter;
        this.cfnLint = cfnLint;
    }

    /** The matches, ordered by line, rule and path. */
    public List<LintMatch> lint(Architecture design) throws IOException {
        Map<String, Object> template = exporter.template(design);
        Path dir = Files.createTempDirectory("patternboard-cfn-lint");
        Path cwd = Files.createDirectory(dir.resolve("cwd"));
        Path file = dir.resolve("template.json");
        try {
            Files.writeString(file, exporter.toJson(design), StandardCharsets.UTF_8);
            List<LintMatch> out = new ArrayList<>();
            for (CfnLintProcess.Raw m : cfnLint.lint(List.of(file.toString()), cwd)) {
                out.add(new LintMatch(m.rule(), LintMatch.severityOf(m.level()), m.message(), String.join("/", m.path()),
                        m.line(), targets(template, m.path())));
            }
            out.sort(Comparator.comparingInt(LintMatch::line).thenComparing(LintMatch::rule).thenComparing(LintMatch::path));
            return out;
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(cwd);
            Files.deleteIfExists(dir);
        }
    }

    @SuppressWarnings("unchecked")
    public static List<String> targets(Map<String, Object> template, List<String> path) {
        if (path.size() < 2 || !"Resources".equals(path.get(0))
                || !(template.get("Resources") instanceof Map<?, ?> resources)
                || !(resources.get(path.get(1)) instanceof Map<?, ?> resource)
                || !(resource.get("Metadata") instanceof Map<?, ?> metadata)) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (String key : METADATA_KEYS) {
            String id = LiteralText.plain(((Map<String, Object>) metadata).get(key));
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }
}
