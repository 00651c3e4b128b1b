package org.patternboard.model.catalog.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sidecar that --version reads must describe the catalog that is actually shipped. */
class SchemaCatalogAboutTest {
    @Test
    void sidecarMatchesTheShippedCatalog() {
        SchemaCatalogAbout about = SchemaCatalogAbout.load();
        ResourceSchemas schemas = ResourceSchemas.standard();
        assertThat(about.source() + " " + about.version() + " " + about.region()).isEqualTo(schemas.sourceVersion());
        assertThat(about.typeCount()).isEqualTo(schemas.all().size());
        assertThat(about.describe()).startsWith("CloudFormation schema catalog " + about.version() + " (");
    }
}
