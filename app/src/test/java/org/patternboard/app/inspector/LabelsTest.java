package org.patternboard.app.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.PropertySpec;

class LabelsTest {
    @Test
    void wordsSplitAtCapitalsAndAcronymsKeepAwsSpelling() {
        assertThat(Labels.of("visibilityTimeout")).isEqualTo("Visibility timeout");
        assertThat(Labels.of("fifo")).isEqualTo("FIFO");
        assertThat(Labels.of("contentBasedDeduplication")).isEqualTo("Content based deduplication");
        assertThat(Labels.of("multiAz")).isEqualTo("Multi-AZ");
        assertThat(Labels.of("cacheTtl")).isEqualTo("Cache TTL");
        assertThat(Labels.of("xrayEnabled")).isEqualTo("X-Ray enabled");
        assertThat(Labels.of("ipv6")).isEqualTo("IPv6");
        assertThat(Labels.of("disableExecuteApiEndpoint")).isEqualTo("Disable execute API endpoint");
        assertThat(Labels.of("posixGid")).isEqualTo("Posix GID");
        assertThat(Labels.of("cfnProperties")).isEqualTo("CloudFormation properties");
    }

    @Test
    void everyCatalogPropertyGetsANonBlankLabelStartingWithACapital() {
        for (ComponentType type : Catalog.standard().types()) {
            for (PropertySpec spec : type.properties()) {
                String label = Labels.of(spec.id());
                assertThat(label).as(type.id() + "." + spec.id()).isNotBlank();
                assertThat(Character.isUpperCase(label.charAt(0))).as(label).isTrue();
            }
        }
    }
}
