package org.patternboard.exporters.cloudformation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;

/** Manual check while developing: exports the catalog coverage designs to /tmp/cfx. */
public final class ScratchExport {
    public static void main(String[] args) throws Exception {
        CloudFormationExporter x = new CloudFormationExporter();
        List<Architecture> designs = CatalogDesigns.covering(Catalog.standard(),
                a -> ((Map<?, ?>) x.template(a).get("Resources")).size());
        int i = 0;
        for (Architecture a : designs) {
            Map<String, Object> t = x.template(a);
            System.out.println(a.name() + ": " + a.components().size() + " components, "
                    + ((Map<?, ?>) t.get("Resources")).size() + " resources, meta=" + t.get("Metadata"));
            Files.writeString(Path.of("/tmp/cfx/cov" + (++i) + ".json"), x.toJson(a));
            Files.writeString(Path.of("/tmp/cfx/cov" + i + ".yaml"), x.toYaml(a));
        }
    }
}
