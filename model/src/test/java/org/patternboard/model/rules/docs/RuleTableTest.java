package org.patternboard.model.rules.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.patternboard.model.rules.RuleEngine;

/** The rule tables of docs/rules.md and README.md must be what the rules' metadata generates. */
class RuleTableTest {
    @Test
    void theRuleTablesInTheDocsAndTheReadmeAreUpToDate() throws Exception {
        if (Boolean.getBoolean("patternboard.regenerateDocs")) {
            RuleTable.main(new String[0]);
        }
        Path file = RuleTable.locate();
        String expected = RuleTable.generate(RuleEngine.standard().rules());
        assertThat(RuleTable.currentTable(Files.readString(file)))
                .as("docs/rules.md is stale; regenerate it with: " + RuleTable.COMMAND)
                .isEqualTo(expected);
        assertThat(RuleTable.currentTable(Files.readString(RuleTable.readme())))
                .as("README.md's rule table is stale; regenerate it with: " + RuleTable.COMMAND)
                .isEqualTo(expected);
    }
}
