package org.patternboard.model.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.Modifier;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The rules as a catalog: ids, packages, registration, test coverage, counts and lens coverage. */
class RuleCatalogTest {
    private static final List<Rule> RULES = BuiltInRules.all();
    private static final Map<Pillar, String> PACKAGE = new EnumMap<>(Map.of(
            Pillar.OPERATIONAL_EXCELLENCE, "operational", Pillar.SECURITY, "security", Pillar.RELIABILITY, "reliability",
            Pillar.PERFORMANCE_EFFICIENCY, "performance", Pillar.COST_OPTIMIZATION, "cost",
            Pillar.SUSTAINABILITY, "sustainability"));

    @Test
    void idsAreUniqueAndFollowThePattern() {
        Set<String> seen = new HashSet<>();
        for (Rule r : RULES) {
            assertThat(seen.add(r.info().id())).as("duplicate id %s", r.info().id()).isTrue();
            assertThat(r.info().id()).matches(RuleInfo.ID_PATTERN).startsWith(r.info().pillar().rulePrefix() + "-");
        }
    }

    @Test
    void engineRefusesTwoRulesWithOneId() {
        Rule a = RULES.get(0);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> new RuleEngine(org.patternboard.model.catalog.Catalog.standard(), List.of(a, a)))
                .hasMessageContaining("share the id " + a.info().id());
    }

    @Test
    void infoRejectsMalformedIdsAndWrongPillars() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleInfo.builder("REL-4", Pillar.RELIABILITY,
                Severity.ERROR).title("t").rationale("r").remedy("m").build()).hasMessageContaining("does not match");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleInfo.builder("REL-004", Pillar.SECURITY,
                Severity.ERROR).title("t").rationale("r").remedy("m").build()).hasMessageContaining("filed under");
    }

    @Test
    void everyRuleSitsInItsPillarsPackageAndIsFinal() {
        for (Rule r : RULES) {
            Class<?> c = r.getClass();
            assertThat(c.getPackageName()).as("package of %s", r.info().id())
                    .isEqualTo("org.patternboard.model.rules." + PACKAGE.get(r.info().pillar()));
            assertThat(Modifier.isFinal(c.getModifiers())).as("%s is final", c.getSimpleName()).isTrue();
            assertThat(r).isInstanceOfAny(ComponentRule.class, DesignRule.class);
        }
    }

    @Test
    void everyRuleClassIsRegistered() {
        Set<String> registered = RULES.stream().map(r -> r.getClass().getName()).collect(Collectors.toSet());
        Set<String> found = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.patternboard.model.rules")) {
            if (c.isAssignableTo(Rule.class) && !c.getModifiers().contains(JavaModifier.ABSTRACT) && !c.isInterface()) {
                found.add(c.getName());
            }
        }
        assertThat(found).isEqualTo(new TreeSet<>(registered));
    }

    @Test
    void everyRuleHasExactlyOneTestCase() {
        List<String> caseIds = RuleCases.all().stream().map(RuleCase::ruleId).toList();
        assertThat(caseIds).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(caseIds)).isEqualTo(RULES.stream().map(r -> r.info().id())
                .collect(Collectors.toCollection(TreeSet::new)));
        for (RuleCase c : RuleCases.all()) {
            assertThat(c.mutations()).as("%s has a failing mutation", c.ruleId()).anyMatch(m -> !m.expected().isEmpty());
        }
    }

    @Test
    void thereAreEnoughRulesInEveryPillarAndEnoughQuickFixes() {
        assertThat(RULES).hasSizeGreaterThanOrEqualTo(80);
        Map<Pillar, Long> perPillar = RULES.stream().collect(Collectors.groupingBy(r -> r.info().pillar(),
                Collectors.counting()));
        for (Pillar p : Pillar.values()) {
            assertThat(perPillar.getOrDefault(p, 0L)).as("rules in %s", p).isGreaterThanOrEqualTo(6);
        }
        assertThat(RULES.stream().filter(r -> r.info().hasQuickFix()).count()).isGreaterThanOrEqualTo(25);
    }

    @Test
    void everyServerlessLensQuestionIsCovered() {
        Set<String> covered = RULES.stream().flatMap(r -> r.info().lensQuestions().stream()).collect(Collectors.toSet());
        assertThat(covered).containsAll(List.of("OPS 1", "OPS 2", "SEC 1", "SEC 2", "SEC 3", "REL 1", "REL 2", "PER 1",
                "COST 1"));
    }

    @Test
    void referencesNameALensQuestionOrAKnownTool() {
        for (Rule r : RULES) {
            assertThat(r.info().references()).as("references of %s", r.info().id()).isNotEmpty();
            for (String ref : r.info().references()) {
                assertThat(RuleInfo.LENS_QUESTION.matcher(ref).matches()
                        || ref.matches("(cdk-nag|serverless-rules|cfn-lint|checkov|WA):\\S+"))
                        .as("reference '%s' of %s", ref, r.info().id()).isTrue();
            }
        }
    }

    @Test
    void theGraphLevelChecksOfTheIssueExist() {
        Set<String> titles = RULES.stream().map(r -> r.info().title()).collect(Collectors.toSet());
        assertThat(titles).contains("Queue feeding a consumer has no dead-letter queue",
                "Queue visibility timeout shorter than the consumer's timeout",
                "Queue visibility timeout below six times the consumer's timeout",
                "Asynchronously invoked function without failure destination",
                "Stream consumer without on-failure destination",
                "Function connects to a database without RDS Proxy",
                "Function calls another function synchronously",
                "Step Functions task without Retry or Catch",
                "Dead-letter queue without an alarm",
                "Execution role shared by several functions",
                "Public entry point without WAF",
                "API stage without explicit throttling", "API without authorization", "API stage without access logs",
                "S3 bucket without Block Public Access",
                "Database in a single Availability Zone", "Database storage not encrypted",
                "Log group keeps logs for ever", "Function on a deprecated runtime",
                "Function on x86 where arm64 would do");
    }
}
