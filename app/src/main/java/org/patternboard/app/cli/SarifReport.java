package org.patternboard.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.patternboard.exporters.cloudformation.source.SourceSpan;
import org.patternboard.exporters.cloudformation.lint.LintMatch;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Component;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.Rule;
import org.patternboard.model.rules.RuleEngine;
import org.patternboard.model.rules.RuleInfo;
import org.patternboard.model.rules.Severity;
import org.patternboard.model.rules.ValidationResult;

/**
 * SARIF 2.1.0: every rule in {@code tool.driver.rules}, each finding a result whose locations are the design
 * file plus its targets as logical locations (component and connection ids), and suppressed findings with a
 * SARIF suppression carrying the design's justification. With {@code --with-cfn-lint}, a second run whose tool
 * is cfn-lint, its results located on the same logical locations.
 */
final class SarifReport {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifReport() {
    }

    /** Where a target (component or connection id) is written in the artifact; empty for a design file. */
    interface Regions {
        Regions NONE = target -> Optional.empty();

        Optional<SourceSpan> of(String target);
    }

    static String write(String design, Architecture a, RuleEngine engine, ValidationResult result, List<LintMatch> lint) {
        return write(design, a, engine, result, lint, Regions.NONE);
    }

    static String write(String design, Architecture a, RuleEngine engine, ValidationResult result, List<LintMatch> lint,
            Regions regions) {
        Map<String, Integer> ruleIndex = new HashMap<>();
        List<Object> rules = new ArrayList<>();
        for (Rule r : engine.ruleList()) {
            ruleIndex.put(r.info().id(), rules.size());
            rules.add(rule(r));
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "Patternboard");
        driver.put("version", "0.1.0");
        driver.put("rules", rules);

        List<Object> results = new ArrayList<>();
        for (Finding f : result.findings()) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ruleId", f.ruleId());
            r.put("ruleIndex", ruleIndex.get(f.ruleId()));
            r.put("level", level(f.severity()));
            r.put("message", Map.of("text", f.message()));
            r.put("locations", List.of(location(design, a, f.targets(), regions)));
            if (f.suppressed()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("kind", "inSource");
                s.put("status", "accepted");
                s.put("justification", f.suppressionReason());
                r.put("suppressions", List.of(s));
            }
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("pillar", f.pillar().id());
            props.put("targets", f.targets());
            f.quickFix().ifPresent(q -> props.put("quickFix", q.description()));
            r.put("properties", props);
            results.add(r);
        }

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("artifacts", List.of(Map.of("location", Map.of("uri", uri(design)))));
        run.put("logicalLocations", components(a));
        run.put("results", results);
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", lint == null ? List.of(run) : List.of(run, lintRun(design, a, lint, regions)));
        return Reports.json(root);
    }

    /** The design file, and the targets (component, connection or group ids) as logical locations. */
    private static Map<String, Object> location(String design, Architecture a, List<String> targets, Regions regions) {
        Map<String, Object> location = new LinkedHashMap<>();
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Reports.ordered("uri", uri(design), "index", 0));
        // A template has lines: the first target's resource is where code scanning annotates the pull request.
        targets.stream().map(regions::of).flatMap(Optional::stream).findFirst().ifPresent(s -> {
            Map<String, Object> region = new LinkedHashMap<>();
            region.put("startLine", s.startLine());
            region.put("startColumn", s.startColumn());
            region.put("endLine", s.endLine());
            region.put("endColumn", s.endColumn());
            physical.put("region", region);
        });
        location.put("physicalLocation", physical);
        List<Object> logical = new ArrayList<>();
        for (String target : targets) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("name", Reports.names(a, List.of(target)).get(0));
            l.put("fullyQualifiedName", target);
            l.put("kind", "resource");
            logical.add(l);
        }
        location.put("logicalLocations", logical);
        return location;
    }

    /** cfn-lint as a tool of its own: its rules (only those that matched) and results on the design's ids. */
    private static Map<String, Object> lintRun(String design, Architecture a, List<LintMatch> lint, Regions regions) {
        TreeMap<String, Integer> ruleIndex = new TreeMap<>();
        lint.forEach(m -> ruleIndex.put(m.rule(), 0));
        List<Object> rules = new ArrayList<>();
        for (String id : ruleIndex.keySet()) {
            ruleIndex.put(id, rules.size());
            rules.add(Reports.ordered("id", id, "helpUri", "https://github.com/aws-cloudformation/cfn-lint/blob/main/docs/rules.md"));
        }
        List<Object> results = new ArrayList<>();
        for (LintMatch m : lint) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ruleId", m.rule());
            r.put("ruleIndex", ruleIndex.get(m.rule()));
            r.put("level", level(m.severity()));
            r.put("message", Map.of("text", m.message()));
            r.put("locations", List.of(location(design, a, m.targets(), regions)));
            r.put("properties", Reports.ordered("templatePath", m.path(), "targets", m.targets()));
            results.add(r);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "cfn-lint");
        driver.put("informationUri", "https://github.com/aws-cloudformation/cfn-lint");
        driver.put("rules", rules);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("artifacts", List.of(Map.of("location", Map.of("uri", uri(design)))));
        run.put("results", results);
        return run;
    }

    private static Map<String, Object> rule(Rule rule) {
        RuleInfo info = rule.info();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", info.id());
        m.put("name", rule.getClass().getSimpleName());
        m.put("shortDescription", Map.of("text", info.title()));
        m.put("fullDescription", Map.of("text", info.rationale()));
        m.put("help", Map.of("text", info.remedy()));
        m.put("defaultConfiguration", Map.of("level", level(info.severity())));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("pillar", info.pillar().id());
        List<String> tags = new ArrayList<>();
        tags.add(info.pillar().id());
        tags.addAll(info.lensQuestions());
        props.put("tags", tags);
        props.put("references", info.references());
        props.put("quickFix", info.hasQuickFix());
        m.put("properties", props);
        return m;
    }

    /** Every component as a logical location, so viewers can list the design's resources. */
    private static List<Object> components(Architecture a) {
        List<Object> list = new ArrayList<>();
        for (Component c : a.components()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("name", c.name());
            l.put("fullyQualifiedName", c.id());
            l.put("kind", "resource");
            l.put("properties", Map.of("type", c.type()));
            list.add(l);
        }
        return list;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** A relative URI reference with forward slashes (SARIF wants URIs, not OS paths). */
    private static String uri(String path) {
        return path.replace('\\', '/').replace(" ", "%20");
    }
}
