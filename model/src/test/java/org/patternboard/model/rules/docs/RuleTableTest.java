package org.patternboard.model.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.patternboard.model.rules.RuleEngine;

/** docs/rules.md's rule table must be what the rules' metadata generates. */
class RuleTableTest {
    @Test
    void theRuleTableInTheDocsIsUpToDate() throws Exception {
        Path file = RuleTable.locate();
        String expected = RuleTable.generate(RuleEngine.standard().rules());
        assertThat(RuleTable.currentTable(Files.readString(file)))
                .as("docs/rules.md is stale; regenerate it with: " + RuleTable.COMMAND)
                .isEqualTo(expected);
    }
}
