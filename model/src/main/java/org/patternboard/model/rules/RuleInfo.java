package org.patternboard.model.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a rule checks and why: the metadata the findings panel, the catalog command, SARIF and docs/rules.md show.
 *
 * @param id stable id such as {@code REL-004}; never reused for another check
 * @param references the Serverless Lens question ({@code REL 2}) and the linter ids the rule corresponds to
 *        ({@code cdk-nag:AwsSolutions-SQS3}, {@code serverless-rules:ES6000}, {@code cfn-lint:E3505}, …)
 * @param hasQuickFix whether the rule's findings carry an edit that removes them
 */
public record RuleInfo(String id, Pillar pillar, Severity severity, String title, String rationale, String remedy,
        List<String> references, boolean hasQuickFix) {

    /** The id shape: pillar prefix, dash, three digits. */
    public static final Pattern ID_PATTERN = Pattern.compile("(OPS|SEC|REL|PERF|COST|SUS)-\\d{3}");
    /** A Serverless Lens question as the lens spells it: {@code OPS 1}, {@code PER 1}, … */
    public static final Pattern LENS_QUESTION = Pattern.compile("(OPS|SEC|REL|PER|COST) \\d");

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(pillar, "pillar");
        Objects.requireNonNull(severity, "severity");
        if (!ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' does not match " + ID_PATTERN.pattern());
        }
        if (!id.startsWith(pillar.rulePrefix() + "-")) {
            throw new IllegalArgumentException("rule " + id + " is filed under " + pillar.title());
        }
        requireText(id, "title", title);
        requireText(id, "rationale", rationale);
        requireText(id, "remedy", remedy);
        references = List.copyOf(references);
    }

    private static void requireText(String id, String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a " + field);
        }
    }

    /** The Serverless Lens questions among the references. */
    public List<String> lensQuestions() {
        return references.stream().filter(r -> LENS_QUESTION.matcher(r).matches()).toList();
    }

    public static Builder builder(String id, Pillar pillar, Severity severity) {
        return new Builder(id, pillar, severity);
    }

    /** Keeps rule classes readable: one call per field. */
    public static final class Builder {
        private final String id;
        private final Pillar pillar;
        private final Severity severity;
        private String title;
        private String rationale;
        private String remedy;
        private final List<String> references = new ArrayList<>();
        private boolean quickFix;

        private Builder(String id, Pillar pillar, Severity severity) {
            this.id = id;
            this.pillar = pillar;
            this.severity = severity;
        }

        public Builder title(String text) {
            this.title = text;
            return this;
        }

        public Builder rationale(String text) {
            this.rationale = text;
            return this;
        }

        public Builder remedy(String text) {
            this.remedy = text;
            return this;
        }

        public Builder references(String... refs) {
            references.addAll(List.of(refs));
            return this;
        }

        public Builder quickFix() {
            this.quickFix = true;
            return this;
        }

        public RuleInfo build() {
            return new RuleInfo(id, pillar, severity, title, rationale, remedy, references, quickFix);
        }
    }
}
