package org.patternboard.exporters.drawio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.ComponentType;

/** The shape table covers the catalog and names only shapes draw.io's AWS 4 library has. */
class DrawioShapesTest {
    private final DrawioShapes shapes = DrawioShapes.standard();

    @Test
    void everyCuratedTypeHasAnIconOfItsOwn() {
        assertThat(Catalog.standard().types()).hasSizeGreaterThanOrEqualTo(50);
        for (ComponentType t : Catalog.standard().types()) {
            if (!t.isGeneric()) {
                assertThat(shapes.hasOwnIcon(t.id())).as(t.id()).isTrue();
            }
        }
    }

    @Test
    void everyNameIsInDrawiosAws4Library() {
        Set<String> known = DrawioFile.knownAws4Names();
        assertThat(known).hasSizeGreaterThan(500).contains("mxgraph.aws4.resourceIcon", "mxgraph.aws4.group");
        assertThat(shapes.allNames()).isNotEmpty().allSatisfy(n -> assertThat(known).contains(n));
        assertThat(shapes.source()).contains("draw.io").contains("Sidebar-AWS4.js");
    }

    @Test
    void genericComponentsGetTheirServicesIconElseTheGeneralOne() {
        assertThat(shapes.icon(ComponentType.GENERIC_ID, "AWS::EC2::Instance")).isEqualTo(new DrawioShapes.Icon("ec2", true));
        assertThat(shapes.icon(ComponentType.GENERIC_ID, "AWS::IAM::Role").name()).isEqualTo("identity_and_access_management");
        assertThat(shapes.icon(ComponentType.GENERIC_ID, "AWS::NoSuchService::Thing")).isEqualTo(new DrawioShapes.Icon("general", true));
        assertThat(shapes.icon("aws.unknown.type", null)).isEqualTo(new DrawioShapes.Icon("general", true));
        assertThat(shapes.icon("aws.lambda.function", "AWS::Lambda::Function").name()).isEqualTo("lambda");
        assertThat(shapes.icon("external.client", null)).isEqualTo(new DrawioShapes.Icon("client", false));
    }
}
