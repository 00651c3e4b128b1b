package org.patternboard.exporters.cloudformation.nag;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.patternboard.model.rules.BuiltInRules;
import org.patternboard.model.rules.Rule;

/**
 * cdk-nag.json names, for every AwsSolutions rule a Patternboard rule refers to, the resource types it checks
 * (so a design's suppression reaches the right resources), every Patternboard rule it names exists, every fact
 * it names is stated, and docs/rules.md shows the table it generates.
 */
class NagRuleTableTest {
    static final Path DOC = Path.of("..", "docs", "rules.md");
    static final String COMMAND = "mvn -q -pl exporters -am test -Dtest=NagRuleTableTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dpatternboard.regenerateDocs=true";

    private final NagCatalog nag = NagCatalog.standard();
    private final List<Rule> rules = BuiltInRules.all();

    @Test
    void everyAwsSolutionsRuleThatAPatternboardRuleCitesHasItsResourceTypes() {
        Set<String> cited = new TreeSet<>();
        rules.forEach(r -> r.info().references().stream().filter(x -> x.startsWith("cdk-nag:AwsSolutions-"))
                .forEach(x -> cited.add(x.substring("cdk-nag:".length()))));
        assertThat(cited).isNotEmpty().allSatisfy(id -> assertThat(nag.rule(id)).as(id).hasValueSatisfying(r ->
                assertThat(r.types()).isNotEmpty()));
        Set<String> ruleIds = new TreeSet<>();
        rules.forEach(r -> ruleIds.add(r.info().id()));
        for (NagCatalog.NagRule r : nag.rules()) {
            assertThat(r.covers() != null || r.exportDefault() != null || r.fact() != null).as(r.id()).isTrue();
            if (r.covers() != null) {
                assertThat(List.of(r.covers().split(",\\s*"))).as(r.id()).allMatch(ruleIds::contains);
            }
            if (r.fact() != null) {
                for (String f : r.fact().split(",\\s*")) {
                    assertThat(nag.fact(f).rule()).as(f).isEqualTo(r.id());
                }
            }
        }
        nag.facts().forEach((key, f) -> assertThat(nag.rule(f.rule())).as(key).isPresent());
    }

    @Test
    void docsRulesMdShowsTheGeneratedTable() throws Exception {
        String table = NagRuleTable.generate(nag, rules);
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("patternboard.regenerateDocs")) {
            doc = NagRuleTable.replace(doc, table);
            Files.writeString(DOC, doc, StandardCharsets.UTF_8);
        }
        assertThat(NagRuleTable.current(doc)).as("docs/rules.md is stale; regenerate it with: " + COMMAND).isEqualTo(table);
    }
}
