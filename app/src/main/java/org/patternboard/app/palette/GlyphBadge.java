package org.patternboard.app.palette;

import java.util.Locale;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.SVGPath;
import org.patternboard.exporters.diagram.DiagramStyle;
import org.patternboard.model.catalog.Category;

/** A component type's glyph on its category colour, as the canvas draws it, for lists and the inspector. */
public final class GlyphBadge extends StackPane {
    public GlyphBadge(String typeId, Category category, double size) {
        getStyleClass().add("glyph-badge");
        setStyle("-fx-background-color: -pb-category-" + category.name().toLowerCase(Locale.ROOT) + ";");
        SVGPath glyph = new SVGPath();
        glyph.setContent(DiagramStyle.standard().glyph(typeId, category));
        glyph.getStyleClass().add("glyph");
        double k = size * 0.62 / DiagramStyle.GLYPH_BOX;
        glyph.setScaleX(k);
        glyph.setScaleY(k);
        getChildren().add(glyph);
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
    }

    /** The badge of a pattern block: a frame glyph on the pattern colour. */
    public static StackPane block(double size) {
        StackPane p = new StackPane();
        p.getStyleClass().add("glyph-badge");
        p.setStyle("-fx-background-color: " + DiagramStyle.groupColor(org.patternboard.model.design.GroupKind.PATTERN) + ";");
        SVGPath glyph = new SVGPath();
        glyph.setContent("M3 3h7v7H3zM14 3h7v7h-7zM8.5 14h7v7h-7zM6.5 10v4h2M17.5 10v4h-2");
        glyph.getStyleClass().add("glyph");
        double k = size * 0.62 / DiagramStyle.GLYPH_BOX;
        glyph.setScaleX(k);
        glyph.setScaleY(k);
        p.getChildren().add(glyph);
        p.setMinSize(size, size);
        p.setPrefSize(size, size);
        p.setMaxSize(size, size);
        return p;
    }
}
