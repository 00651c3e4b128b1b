package org.patternboard.exporters.cloudformation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.design.Architecture;
import org.patternboard.model.design.Group;
import org.patternboard.model.edit.Edits;
import org.patternboard.model.io.DesignFiles;

/** Collapsing pattern frames into boxes (for presentations) changes what is drawn, never what deploys. */
class CollapsedFramesTest {
    @Test
    void collapsingEveryFrameOfEveryBlockLeavesTheTemplateByteIdentical() throws Exception {
        Edits edits = new Edits(Catalog.standard());
        CloudFormationExporter exporter = new CloudFormationExporter();
        int frames = 0;
        for (Path file : DesignSources.designs(DesignSources.SAMPLES)) {
            Architecture open = DesignFiles.load(file);
            Architecture collapsed = open;
            for (Group g : open.groups()) {
                collapsed = edits.setCollapsed(collapsed, g.id(), true).apply(collapsed);
                frames++;
            }
            assertThat(exporter.toYaml(collapsed)).as(file.toString()).isEqualTo(exporter.toYaml(open));
            assertThat(exporter.toJson(collapsed)).as(file.toString()).isEqualTo(exporter.toJson(open));
        }
        assertThat(frames).as("frames collapsed").isGreaterThanOrEqualTo(50);
    }
}
