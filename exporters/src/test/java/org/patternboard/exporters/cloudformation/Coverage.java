package org.patternboard.exporters.cloudformation;

import java.util.List;
import java.util.Map;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;

/** The catalog coverage designs, generated once per test run (several test classes use them). */
final class Coverage {
    private static List<Architecture> designs;

    private Coverage() {
    }

    static synchronized List<Architecture> designs() {
        if (designs == null) {
            CloudFormationExporter exporter = new CloudFormationExporter();
            designs = CatalogDesigns.covering(Catalog.standard(),
                    a -> ((Map<?, ?>) exporter.template(a).get("Resources")).size());
        }
        return designs;
    }
}
