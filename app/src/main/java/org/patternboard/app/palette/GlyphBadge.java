package org.patternboard.app.palette;

import javafx.scene.Group;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.SVGPath;
import org.patternboard.exporters.diagram.DiagramStyle;
import org.patternboard.exporters.diagram.icons.Icon;
import org.patternboard.model.catalog.Category;

/** A component type's AWS Architecture Icon, as the canvas and the exports draw it, for lists and the inspector. */
public final class GlyphBadge extends StackPane {
    /** The palette's glyph of a pattern block (a frame of three cards): not an AWS service, so our own drawing. */
    private static final String BLOCK_GLYPH = "M3 3h7v7H3zM14 3h7v7h-7zM8.5 14h7v7h-7zM6.5 10v4h2M17.5 10v4h-2";

    public GlyphBadge(String typeId, Category category, double size) {
        this(typeId, null, category, size);
    }

    /** With the CloudFormation type a generic card stands for, so it shows that service's icon. */
    public GlyphBadge(String typeId, String cloudFormationType, Category category, double size) {
        getStyleClass().add("icon-badge");
        getChildren().add(vector(DiagramStyle.standard().icon(typeId, cloudFormationType, category), size));
        fix(this, size);
    }

    /** The icon's shapes as JavaFX paths, scaled to a square of {@code size}. */
    static Group vector(Icon icon, double size) {
        Group g = new Group();
        for (Icon.Shape s : icon.shapes()) {
            SVGPath p = new SVGPath();
            p.setContent(s.d());
            p.setFillRule(s.evenOdd() ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
            p.setFill(s.fill() == null ? null : Color.web(s.fill()));
            if (s.stroke() != null) {
                p.setStroke(Color.web(s.stroke()));
                p.setStrokeWidth(s.strokeWidth());
            }
            g.getChildren().add(p);
        }
        // A transparent square of the view box keeps the icon's own margins when the group is laid out.
        javafx.scene.shape.Rectangle box = new javafx.scene.shape.Rectangle(icon.viewBox().x(), icon.viewBox().y(),
                icon.viewBox().width(), icon.viewBox().height());
        box.setFill(Color.TRANSPARENT);
        g.getChildren().add(0, box);
        double k = size / Math.max(icon.viewBox().width(), icon.viewBox().height());
        g.setScaleX(k);
        g.setScaleY(k);
        return new Group(g);
    }

    /** The badge of a pattern block: a frame glyph on the pattern colour. */
    public static StackPane block(double size) {
        StackPane p = new StackPane();
        p.getStyleClass().add("glyph-badge");
        p.setStyle("-fx-background-color: " + DiagramStyle.groupColor(org.patternboard.model.design.GroupKind.PATTERN) + ";");
        SVGPath glyph = new SVGPath();
        glyph.setContent(BLOCK_GLYPH);
        glyph.getStyleClass().add("glyph");
        double k = size * 0.62 / 24;
        glyph.setScaleX(k);
        glyph.setScaleY(k);
        p.getChildren().add(glyph);
        fix(p, size);
        return p;
    }

    private static void fix(StackPane p, double size) {
        p.setMinSize(size, size);
        p.setPrefSize(size, size);
        p.setMaxSize(size, size);
    }
}
