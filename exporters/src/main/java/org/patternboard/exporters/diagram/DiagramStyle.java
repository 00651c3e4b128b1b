package org.patternboard.exporters.diagram;

import java.util.Map;
import org.patternboard.exporters.diagram.icons.AwsIcons;
import org.patternboard.exporters.diagram.icons.Icon;
import org.patternboard.model.catalog.Category;
import org.patternboard.model.design.GroupKind;

/**
 * The look shared by every drawing of a design (the app's canvas and palette, SVG, PNG, PDF): the AWS category
 * colours and each card's official AWS Architecture Icon ({@link AwsIcons}), and the frame colours of groups.
 */
public final class DiagramStyle {
    private static volatile DiagramStyle standard;

    private final AwsIcons icons;

    private DiagramStyle(AwsIcons icons) {
        this.icons = icons;
    }

    public static DiagramStyle standard() {
        DiagramStyle s = standard;
        if (s == null) {
            synchronized (DiagramStyle.class) {
                s = standard;
                if (s == null) {
                    s = new DiagramStyle(AwsIcons.standard());
                    standard = s;
                }
            }
        }
        return s;
    }

    /** The category colour as {@code #RRGGBB}. */
    public String categoryColor(Category category) {
        return icons.categoryColor(category);
    }

    public Map<Category, String> categoryColors() {
        return icons.categoryColors();
    }

    /** The icon a card is drawn with: its type's, else its resource type's service's, else its category's. */
    public Icon icon(DiagramScene.Card card) {
        return icons.icon(card.component().type(), cloudFormationType(card), card.category());
    }

    /** The icon of a component type in the palette and the inspector (no resource type known). */
    public Icon icon(String typeId, String cloudFormationType, Category category) {
        return icons.icon(typeId, cloudFormationType, category);
    }

    /** The CloudFormation type a card stands for: a generic card's {@code resourceType}, else its type's. */
    public static String cloudFormationType(DiagramScene.Card card) {
        if (card.component().property("resourceType") instanceof String t) {
            return t;
        }
        return card.type() == null ? null : card.type().cloudFormationType();
    }

    /** Frame colour of a group kind, {@code #RRGGBB}. */
    public static String groupColor(GroupKind kind) {
        return switch (kind) {
            case PATTERN -> "#6741D9";
            case VPC -> "#2F9E44";
            case SUBNET -> "#1C7ED6";
            case AVAILABILITY_ZONE -> "#1098AD";
            case ACCOUNT -> "#E8590C";
            case REGION, FREE -> "#6B7785";
        };
    }
}
