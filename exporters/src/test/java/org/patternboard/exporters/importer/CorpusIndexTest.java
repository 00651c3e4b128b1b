package org.patternboard.exporters.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.importer.Corpus.Entry;

/** The corpus index (issue 12) is complete and covers what the importer's tests need. */
class CorpusIndexTest {
    private static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*/[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern LINT_ERROR = Pattern.compile("E\\d{4}");
    private static final Set<String> PERMISSIVE = Set.of("MIT-0", "MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause");

    /** The least number of templates each feature must appear in (the list). */
    private static final Map<String, Integer> REQUIRED = required();

    private static Map<String, Integer> required() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("sam", 10);
        m.put("json", 4);
        m.put("yaml", 10);
        m.put("fn-foreach", 3);
        m.put("nested-stack", 2);
        for (String several : List.of("parameters", "conditions", "mappings", "outputs", "fn-if", "fn-sub-map",
                "comments", "block-scalar", "custom-resource", "inline-code")) {
            m.put(several, 3);
        }
        for (String once : List.of("rules", "metadata", "globals", "sam-events", "sam-connector",
                "short-form-tags", "depends-on", "deletion-policy")) {
            m.put(once, 1);
        }
        return m;
    }

    private final List<Entry> entries = Corpus.entries();

    @Test
    void holdsAtLeastThirtyTemplatesWithUniqueIdsAndFiles() {
        assertThat(entries).hasSizeGreaterThanOrEqualTo(30);
        assertThat(entries.stream().map(Entry::id)).doesNotHaveDuplicates();
        assertThat(entries.stream().map(Entry::file)).doesNotHaveDuplicates();
        assertThat(entries).allSatisfy(e -> assertThat(e.file()).as(e.id()).isIn(e.id() + ".yaml", e.id() + ".json"));
    }

    @Test
    void everyTemplateNamesItsSourceAndAPermissiveLicence() {
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.repository()).as(e.id()).matches(REPOSITORY);
            assertThat(e.path()).as(e.id()).isNotBlank().doesNotStartWith("/");
            assertThat(e.commit()).as(e.id()).matches(COMMIT);
            assertThat(e.licence()).as(e.id()).isIn(PERMISSIVE);
            assertThat(e.sha256()).as(e.id()).matches(SHA256);
        });
    }

    @Test
    void featuresAndLintErrorsUseTheFixedVocabulary() {
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.features()).as(e.id()).isSubsetOf(Corpus.FEATURES)
                    .doesNotHaveDuplicates()
                    .containsAnyOf("json", "yaml");
            assertThat(e.has("json")).as(e.id() + " is JSON or YAML, not both").isNotEqualTo(e.has("yaml"));
            assertThat(e.file().endsWith(".json")).as(e.id()).isEqualTo(e.has("json"));
            assertThat(e.cfnLintErrors()).as(e.id()).allMatch(id -> LINT_ERROR.matcher(id).matches())
                    .doesNotHaveDuplicates().isSorted();
            assertThat(e.resources()).as(e.id()).isPositive();
        });
    }

    @Test
    void everyRequiredFeatureIsCoveredOftenEnough() {
        Map<String, Long> counts = entries.stream().flatMap(e -> e.features().stream())
                .collect(Collectors.groupingBy(f -> f, Collectors.counting()));
        assertThat(REQUIRED).allSatisfy((feature, least) ->
                assertThat(counts.getOrDefault(feature, 0L)).as(feature).isGreaterThanOrEqualTo(least.longValue()));
    }

    @Test
    void sizesRangeFromAFewResourcesToMoreThanSeventy() {
        assertThat(entries).anySatisfy(e -> assertThat(e.resources()).isLessThanOrEqualTo(3));
        assertThat(entries.stream().filter(e -> e.resources() >= 30).count()).isGreaterThanOrEqualTo(5);
        assertThat(entries).anySatisfy(e -> assertThat(e.resources()).isGreaterThanOrEqualTo(70));
    }

    @Test
    void mostTemplatesAreAcceptedByCfnLint() {
        Set<String> withErrors = new HashSet<>();
        entries.stream().filter(e -> !e.cfnLintErrors().isEmpty()).forEach(e -> withErrors.add(e.id()));
        assertThat(withErrors.size()).as("templates with cfn-lint errors: %s", withErrors)
                .isLessThanOrEqualTo(entries.size() / 4);
    }
}
