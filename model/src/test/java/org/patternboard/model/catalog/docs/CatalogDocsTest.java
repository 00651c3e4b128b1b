package org.patternboard.model.catalog.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.PropertySpec;

/** docs/types.md is generated from the catalog and must not be stale. */
class CatalogDocsTest {
    @Test
    void theTypeTableIsUpToDateAndNamesEveryTypeAndProperty() throws Exception {
        Catalog catalog = Catalog.standard();
        if (Boolean.getBoolean("patternboard.regenerateDocs")) {
            CatalogDocs.write(catalog);
        }
        String doc = Files.readString(CatalogDocs.DOC, StandardCharsets.UTF_8);
        assertThat(doc).as("docs/types.md is stale: run mvn -q -pl model -am test -Dtest=CatalogDocsTest "
                + "-Dsurefire.failIfNoSpecifiedTests=false -Dpatternboard.regenerateDocs=true")
                .isEqualTo(CatalogDocs.document(catalog));
        for (ComponentType t : catalog.types()) {
            assertThat(doc).contains("### " + t.id());
            for (PropertySpec p : t.properties()) {
                assertThat(doc).contains("| `" + p.id() + "`");
            }
        }
        // the effective default, with AWS's beside it: the DynamoDB billing mode the issue was about
        assertThat(doc).contains("`PAY_PER_REQUEST` *Patternboard* (AWS: `PROVISIONED`)");
    }
}
