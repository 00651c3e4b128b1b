package org.patternboard.model.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** docs/patterns.md and the README's block list are generated from the metadata and must not be stale. */
class PatternDocsTest {
    private static final String HOW = " is stale: run mvn -q -pl model -am test -Dtest=PatternDocsTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dpatternboard.regenerateDocs=true";

    @Test
    void docsAreUpToDate() throws Exception {
        PatternLibrary library = PatternLibrary.standard();
        if (Boolean.getBoolean("patternboard.regenerateDocs")) {
            PatternDocs.write(library);
        }
        String doc = Files.readString(PatternDocs.DOC, StandardCharsets.UTF_8);
        assertThat(doc).as("docs/patterns.md" + HOW).isEqualTo(PatternDocs.document(library));
        String readme = Files.readString(PatternDocs.README, StandardCharsets.UTF_8);
        assertThat(readme).as("README.md" + HOW).isEqualTo(PatternDocs.readme(readme, library));
        for (PatternBlock b : library.blocks()) {
            assertThat(readme).contains("**" + b.name() + "**: " + b.tagline());
            assertThat(doc).contains(b.metadata().summary());
            for (BlockMetadata.NotModelled n : b.metadata().notModelled()) {
                assertThat(doc).contains("*Not modelled:* " + n.part() + " — " + n.reason());
            }
            if (b.metadata().origin() != null) {
                assertThat(doc).contains("](" + b.metadata().origin().url() + ")");
            }
        }
        assertThat(doc).contains("| Differences from the original |");
    }

    @Test
    void readmeSectionIsReplacedInPlace() {
        PatternLibrary library = PatternLibrary.of(java.util.List.of(Blocks.tiny()));
        String first = PatternDocs.readme("# Title\n\nIntro.\n", library);
        assertThat(first).contains("## Pattern blocks").contains(PatternDocs.BEGIN).contains(PatternDocs.END);
        String again = PatternDocs.readme(first + "\n## Later section\n", library);
        assertThat(again).isEqualTo(first + "\n## Later section\n");
        assertThat(again.indexOf(PatternDocs.BEGIN)).isEqualTo(again.lastIndexOf(PatternDocs.BEGIN));
    }
}
