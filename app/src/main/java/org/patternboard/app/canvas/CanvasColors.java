package org.patternboard.app.canvas;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.layout.Background;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.patternboard.exporters.diagram.DiagramStyle;
import org.patternboard.model.catalog.Category;

/**
 * The colours the canvas paints with, read from the theme's CSS tokens (looked-up colours) so that the
 * diagram follows the light and dark themes like every control does.
 */
public record CanvasColors(
        Color background, Color gridMinor, Color gridMajor, Color text, Color textMuted, Color accent,
        Color accentMuted, Color cardFill, Color cardBorder, Color cardShadow, Color connection, Color labelFill,
        Color labelBorder, Color noteFill, Color noteBorder, Color noteText, Color ok, Color danger,
        Color error, Color warning, Color info, Map<Category, Color> categories) {

    /** The tokens read, in the order of the record's colour fields. */
    static final List<String> TOKENS = List.of("-pb-bg-canvas", "-pb-grid-minor", "-pb-grid-major", "-pb-fg-default",
            "-pb-fg-muted", "-pb-accent", "-pb-accent-muted", "-pb-card-bg", "-pb-card-border", "-pb-card-shadow",
            "-pb-connection", "-pb-connection-label-bg", "-pb-border-default", "-pb-note-bg", "-pb-note-border",
            "-pb-note-fg", "-pb-success", "-pb-danger", "-pb-severity-error", "-pb-severity-warning", "-pb-severity-info");

    public static String categoryToken(Category c) {
        return "-pb-category-" + c.name().toLowerCase(Locale.ROOT);
    }

    /** Colours of the light theme without CSS (before the canvas is in a scene). */
    public static CanvasColors defaults() {
        List<Color> c = List.of(Color.web("#F7F8FA"), Color.web("#ECEEF2"), Color.web("#DEE2E8"), Color.web("#1D2939"),
                Color.web("#667085"), Color.web("#2563EB"), Color.web("#DBE7FF"), Color.WHITE, Color.web("#CDD3DB"),
                Color.rgb(16, 24, 40, 0.08), Color.web("#5C6773"), Color.WHITE, Color.web("#D0D5DD"), Color.web("#FFF3BF"),
                Color.web("#E5C65C"), Color.web("#5C4813"), Color.web("#12B76A"), Color.web("#D92D20"),
                Color.web("#D92D20"), Color.web("#DC6803"), Color.web("#1570EF"));
        Map<Category, Color> cats = new EnumMap<>(Category.class);
        DiagramStyle.standard().categoryColors().forEach((k, v) -> cats.put(k, Color.web(v)));
        return of(c, cats);
    }

    private static CanvasColors of(List<Color> c, Map<Category, Color> cats) {
        return new CanvasColors(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7), c.get(8),
                c.get(9), c.get(10), c.get(11), c.get(12), c.get(13), c.get(14), c.get(15), c.get(16), c.get(17),
                c.get(18), c.get(19), c.get(20), Map.copyOf(cats));
    }

    /**
     * Resolves the tokens in the scene of {@code host}: a hidden probe region per token is styled with
     * {@code -fx-background-color: <token>} and its computed fill is read back.
     */
    public static CanvasColors resolve(Pane host) {
        CanvasColors fallback = defaults();
        if (host.getScene() == null) {
            return fallback;
        }
        Map<String, Region> probes = new LinkedHashMap<>();
        List<String> all = new ArrayList<>(TOKENS);
        for (Category cat : Category.values()) {
            all.add(categoryToken(cat));
        }
        for (String token : all) {
            Region r = new Region();
            r.setManaged(false);
            r.setVisible(false);
            r.setStyle("-fx-background-color: " + token + ";");
            probes.put(token, r);
        }
        host.getChildren().addAll(probes.values());
        try {
            host.applyCss();
            List<Color> colors = new ArrayList<>();
            List<Color> defaults = List.of(fallback.background, fallback.gridMinor, fallback.gridMajor, fallback.text,
                    fallback.textMuted, fallback.accent, fallback.accentMuted, fallback.cardFill, fallback.cardBorder,
                    fallback.cardShadow, fallback.connection, fallback.labelFill, fallback.labelBorder, fallback.noteFill,
                    fallback.noteBorder, fallback.noteText, fallback.ok, fallback.danger, fallback.error, fallback.warning,
                    fallback.info);
            for (int i = 0; i < TOKENS.size(); i++) {
                colors.add(read(probes.get(TOKENS.get(i)), defaults.get(i)));
            }
            Map<Category, Color> cats = new EnumMap<>(Category.class);
            for (Category cat : Category.values()) {
                cats.put(cat, read(probes.get(categoryToken(cat)), fallback.categories.get(cat)));
            }
            return of(colors, cats);
        } finally {
            host.getChildren().removeAll(probes.values());
        }
    }

    private static Color read(Region probe, Color fallback) {
        Background bg = probe.getBackground();
        if (bg == null || bg.getFills().isEmpty()) {
            return fallback;
        }
        Paint p = bg.getFills().get(0).getFill();
        return p instanceof Color c ? c : fallback;
    }

    public Color category(Category c) {
        return categories.getOrDefault(c == null ? Category.Generic : c, textMuted);
    }
}
