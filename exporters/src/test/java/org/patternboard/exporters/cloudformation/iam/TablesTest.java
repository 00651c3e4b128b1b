package org.patternboard.exporters.cloudformation.iam;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.patternboard.exporters.cloudformation.core.SafeDefaults;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;
import org.patternboard.model.catalog.PropertySpec;

/** The data files of the exporter agree with the catalog and with the wildcard list. */
class TablesTest {
    final Catalog catalog = Catalog.standard();
    final GrantTable table = GrantTable.standard();
    final WildcardResources wildcards = WildcardResources.standard();

    @Test
    void everyGrantNamesKnownTypesAndLegalConnectionsWithoutWildcardActions() {
        for (Grant g : table.grants()) {
            for (String to : g.to()) {
                assertThat(catalog.hasType(to)).as(to).isTrue();
                for (String from : g.from()) {
                    assertThat(catalog.isLegal(from, g.kind(), to)).as(from + " " + g.kind() + " " + to).isTrue();
                }
            }
            for (String action : g.actions()) {
                assertThat(action).matches("[a-z0-9-]+:[A-Za-z0-9]+");
            }
            if (g.resources().contains("*")) {
                for (String action : g.actions()) {
                    assertThat(wildcards.reason(action)).as("wildcard reason for " + action).isPresent();
                }
            }
        }
        for (ServiceAccess s : table.serviceAccess()) {
            assertThat(s.service()).matches("[a-z0-9.-]+\\.(amazonaws\\.com|amazon\\.com)");
            s.actions().forEach(a -> assertThat(a).doesNotContain("*"));
        }
        table.baselines().values().forEach(actions -> actions.forEach(a -> assertThat(a).doesNotContain("*")));
    }

    @Test
    void everyRolePrincipalBelongsToACatalogType() {
        for (ComponentType t : catalog.types()) {
            try {
                assertThat(table.principal(t.id())).endsWith(".com");
            } catch (IllegalArgumentException e) {
                // types without a role of their own
            }
        }
        assertThat(table.principal("aws.lambda.function")).isEqualTo("lambda.amazonaws.com");
    }

    @Test
    void everySafeDefaultIsAValidValueOfAnExistingProperty() {
        for (Map.Entry<String, Map<String, SafeDefaults.Entry>> t : SafeDefaults.standard().all().entrySet()) {
            ComponentType type = catalog.type(t.getKey()).orElseThrow(() -> new AssertionError("unknown type " + t.getKey()));
            for (Map.Entry<String, SafeDefaults.Entry> p : t.getValue().entrySet()) {
                PropertySpec spec = type.property(p.getKey()).orElseThrow(() -> new AssertionError(t.getKey() + "." + p.getKey()));
                assertThat(spec.check(p.getValue().value())).as(t.getKey() + "." + p.getKey()).isEmpty();
                assertThat(p.getValue().why()).isNotBlank();
                assertThat(p.getValue().value()).as("differs from the AWS default").isNotEqualTo(spec.defaultValue());
            }
        }
    }
}
