package org.patternboard.exporters.diagram.icons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.patternboard.model.catalog.Catalog;
import org.patternboard.model.catalog.Category;
import org.patternboard.model.catalog.ComponentType;

/** The committed icons cover the catalog, come from the package the index names, and tell services apart. */
class AwsIconsTest {
    private final AwsIcons icons = AwsIcons.standard();

    @Test
    void everyCuratedTypeHasAnOfficialIconOfItsOwn() {
        assertThat(Catalog.standard().types()).hasSizeGreaterThanOrEqualTo(50);
        for (ComponentType t : Catalog.standard().types()) {
            if (t.isGeneric()) {
                continue;
            }
            assertThat(icons.hasOwnIcon(t.id())).as(t.id()).isTrue();
            Icon icon = icons.icon(t.id(), t.cloudFormationType(), t.category());
            assertThat(icon.shapes()).as(t.id()).isNotEmpty();
            assertThat(icon.title()).as(t.id()).isNotBlank();
        }
    }

    @Test
    void sqsSnsAndEventBridgeLookDifferent() {
        Icon sqs = icons.icon("aws.sqs.queue", "AWS::SQS::Queue", Category.Integration);
        Icon sns = icons.icon("aws.sns.topic", "AWS::SNS::Topic", Category.Integration);
        Icon bus = icons.icon("aws.events.eventBus", "AWS::Events::EventBus", Category.Integration);
        assertThat(Set.of(sqs.file(), sns.file(), bus.file())).hasSize(3);
        assertThat(sqs.title()).contains("Simple-Queue-Service");
        assertThat(sns.title()).contains("Simple-Notification-Service");
        assertThat(bus.title()).contains("EventBridge");
        // Not just three names: three different drawings.
        assertThat(Set.of(glyph(sqs), glyph(sns), glyph(bus))).hasSize(3);
    }

    @Test
    void theEventBridgeTypesEachHaveTheirOwnIcon() {
        Set<String> files = Set.of("aws.events.eventBus", "aws.events.rule", "aws.pipes.pipe", "aws.scheduler.schedule").stream()
                .map(t -> icons.icon(t, null, Category.Integration).file()).collect(Collectors.toSet());
        assertThat(files).hasSize(4);
    }

    @Test
    void genericCardsGetTheirServicesIconElseTheirCategorys() {
        assertThat(icons.icon(ComponentType.GENERIC_ID, "AWS::EC2::Instance", Category.Compute).file())
                .isEqualTo("architecture-service/AmazonEC2.svg");
        assertThat(icons.icon(ComponentType.GENERIC_ID, "AWS::IAM::Role", Category.Security).file())
                .isEqualTo("architecture-service/AWSIdentityandAccessManagement.svg");
        assertThat(icons.icon(ComponentType.GENERIC_ID, "AWS::NoSuchService::Thing", Category.Storage).file())
                .isEqualTo("category/Storage.svg");
        assertThat(icons.icon("aws.unknown.type", null, null).file()).isEqualTo(icons.icon("x", null, Category.Generic).file());
        for (Category c : Category.values()) {
            assertThat(icons.icon("aws.unknown.type", null, c).shapes()).as(c.name()).isNotEmpty();
        }
    }

    @Test
    void everyIndexedIconParsesAndCarriesItsColour() {
        assertThat(icons.all()).hasSizeGreaterThan(100).allSatisfy((file, icon) -> {
            assertThat(icon.shapes()).as(file).isNotEmpty();
            assertThat(icon.viewBox().width()).as(file).isPositive();
            assertThat(icon.color()).as(file).matches("#[0-9A-F]{6}");
            // The colour recorded is the icon's own first fill (its tile), not a value of ours.
            assertThat(icon.shapes().get(0).fill()).as(file).isNotNull().isEqualToIgnoringCase(icon.color());
        });
        assertThat(icons.all().values().stream().map(Icon::id).collect(Collectors.toSet())).hasSize(icons.all().size());
    }

    @Test
    void categoryColoursAreAwsCategoryColours() {
        assertThat(icons.categoryColor(Category.Compute)).isEqualTo("#ED7100");
        assertThat(icons.categoryColor(Category.Integration)).isEqualTo("#E7157B");
        assertThat(icons.categoryColor(Category.Storage)).isEqualTo("#7AA116");
        assertThat(icons.categoryColor(Category.Database)).isEqualTo("#C925D1");
        assertThat(icons.categoryColor(Category.Networking)).isEqualTo("#8C4FFF");
        assertThat(icons.categoryColor(Category.Security)).isEqualTo("#DD344C");
        assertThat(icons.categoryColors()).containsOnlyKeys(Category.values());
        // A service's tile has its category's colour.
        assertThat(icons.icon("aws.lambda.function", null, Category.Compute).color()).isEqualTo(icons.categoryColor(Category.Compute));
        assertThat(icons.icon("aws.dynamodb.table", null, Category.Database).color()).isEqualTo(icons.categoryColor(Category.Database));
    }

    @Test
    void theIndexNamesThePackageAndItsLicenceShipsWithTheIcons() throws Exception {
        assertThat(icons.source()).isEqualTo("aws-icons 3.3.0");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("patternboard/icons/aws-icons/LICENSE")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("MIT License");
        }
    }

    /** The icon's white glyph (every shape after the tile). */
    private static String glyph(Icon icon) {
        return icon.shapes().stream().skip(1).map(Icon.Shape::d).collect(Collectors.joining(" "));
    }
}
