package org.patternboard.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.patternboard.exporters.cloudformation.lint.LintMatch;
import org.patternboard.model.rules.Finding;
import org.patternboard.model.rules.Pillar;
import org.patternboard.model.rules.ValidationResult;

/**
 * The contract's {@code validate --format json} shape; with {@code --with-cfn-lint} an added top-level
 * {@code cfnLint} list (readers ignore fields they do not know).
 */
final class JsonReport {
    private JsonReport() {
    }

    static String write(String design, ValidationResult result, List<LintMatch> lint) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("design", design);
        List<Object> findings = new ArrayList<>();
        for (Finding f : result.findings()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", f.ruleId());
            m.put("pillar", f.pillar().id());
            m.put("severity", f.severity().id());
            m.put("title", f.title());
            m.put("message", f.message());
            m.put("targets", f.targets());
            m.put("remedy", f.remedy());
            m.put("suppressed", f.suppressed());
            if (f.suppressed()) {
                m.put("suppressionReason", f.suppressionReason());
            }
            f.quickFix().ifPresent(q -> m.put("quickFix", q.description()));
            findings.add(m);
        }
        root.put("findings", findings);
        Map<String, Object> scores = new LinkedHashMap<>();
        for (Pillar p : Pillar.values()) {
            scores.put(p.id(), result.score(p));
        }
        root.put("scores", scores);
        if (lint != null) {
            List<Object> matches = new ArrayList<>();
            for (LintMatch l : lint) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("rule", l.rule());
                m.put("severity", l.severity().id());
                m.put("message", l.message());
                m.put("targets", l.targets());
                m.put("path", l.path());
                matches.add(m);
            }
            root.put("cfnLint", matches);
        }
        return Reports.json(root);
    }
}
